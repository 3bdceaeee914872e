package org.hutong.sales.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.HutongTest;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.MapBindingResult;

/** The category tree and the unit list: nesting, names unique per level, deleting only what is empty, units kept on products. */
@HutongTest
class CatalogTests {

	@Autowired
	Catalog catalog;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ProductRepository products;

	@Test
	void categoriesNestUpToFourLevelsWithNamesUniquePerLevelAndOnlyEmptyOnesGo() {
		Tenant tenant = tenants.create("cat" + ThreadLocalRandom.current().nextInt(1_000_000), "分类测试有限公司");
		TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(status -> {
			Long top = catalog.addCategory("开关柜", null, errors());
			Long middle = catalog.addCategory("中置柜", top, errors());
			Long third = catalog.addCategory("KYN28", middle, errors());
			Long fourth = catalog.addCategory("1250 A", third, errors());
			MapBindingResult tooDeep = errors();
			assertThat(catalog.addCategory("更深", fourth, tooDeep)).isNull();
			assertThat(tooDeep.getFieldError("parentId").getCode()).isEqualTo("product.category.tooDeep");
			MapBindingResult twice = errors();
			assertThat(catalog.addCategory(" 中置柜 ", top, twice)).isNull();
			assertThat(twice.getFieldError("name").getCode()).isEqualTo("product.category.taken");
			assertThat(catalog.addCategory("中置柜", null, errors())).as("the same name at another level").isNotNull();
			assertThat(catalog.tree()).extracting(Catalog.Node::path).startsWith("开关柜", "开关柜 › 中置柜",
					"开关柜 › 中置柜 › KYN28", "开关柜 › 中置柜 › KYN28 › 1250 A");
			assertThat(catalog.subtree(top)).containsExactlyInAnyOrder(top, middle, third, fourth);

			MapBindingResult hasChildren = errors();
			catalog.deleteCategory(middle, hasChildren);
			assertThat(hasChildren.getGlobalError().getCode()).isEqualTo("product.category.hasChildren");
			products.save(new Product(ProductForm.of("C-1", "中置柜产品", null, "面", BigDecimal.TEN).in(fourth), 1L,
					java.time.Instant.now()));
			MapBindingResult hasProducts = errors();
			catalog.deleteCategory(fourth, hasProducts);
			assertThat(hasProducts.getGlobalError().getCode()).isEqualTo("product.category.hasProducts");
			catalog.renameCategory(third, "KYN28A", errors());
			assertThat(catalog.category(fourth).orElseThrow().path()).isEqualTo("开关柜 › 中置柜 › KYN28A › 1250 A");
		}));
	}

	@Test
	void aNewEnterpriseHasTheDefaultUnitsAndAUnitTakenOffTheListStaysOnItsProducts() {
		Tenant tenant = tenants.create("unit" + ThreadLocalRandom.current().nextInt(1_000_000), "单位测试有限公司");
		TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(status -> {
			catalog.seedUnits();
			assertThat(catalog.units()).extracting(ProductUnit::getName).startsWith("台", "套", "面").contains("千伏安");
			MapBindingResult taken = errors();
			catalog.addUnit("台", taken);
			assertThat(taken.getFieldError("name").getCode()).isEqualTo("product.unit.taken");
			catalog.addUnit("樘", errors());
			Product door = products.save(new Product(ProductForm.of("D-1", "门", null, "樘", BigDecimal.ONE), 1L,
					java.time.Instant.now()));
			catalog.deleteUnit(catalog.units().stream().filter(u -> u.getName().equals("樘")).findFirst().orElseThrow().getId());
			assertThat(catalog.hasUnit("樘")).isFalse();
			assertThat(products.findById(door.getId()).orElseThrow().getUnit()).isEqualTo("樘");
		}));
	}

	@Test
	void theTaxIsAddedToTheFenHalfUp() {
		assertThat(ProductView.withTax(new BigDecimal("68000.00"), new BigDecimal("13.00"))).isEqualByComparingTo("76840.00");
		assertThat(ProductView.withTax(new BigDecimal("0.05"), new BigDecimal("13"))).isEqualByComparingTo("0.06");
		assertThat(ProductView.withTax(new BigDecimal("0.04"), new BigDecimal("13"))).isEqualByComparingTo("0.05");
		assertThat(ProductView.withTax(new BigDecimal("100"), new BigDecimal("0"))).isEqualByComparingTo("100.00");
	}

	private static MapBindingResult errors() {
		return new MapBindingResult(new HashMap<>(), "form");
	}
}
