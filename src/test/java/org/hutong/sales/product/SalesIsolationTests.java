package org.hutong.sales.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.TenantIsolationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue of {@code demo} is invisible to {@code demo2}: products by id, on their page and
 * through the API; categories and units by id and in the other enterprise's lists; a product of
 * another enterprise's category is refused.
 */
class SalesIsolationTests extends TenantIsolationTestBase {

	@Autowired
	ProductRepository products;

	@Autowired
	CategoryRepository categories;

	@Autowired
	ProductUnitRepository units;

	@Autowired
	Catalog catalog;

	@Autowired
	ProductPhotoRepository photos;

	@Autowired
	PhotoSettings photoSettings;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("product", this::newProduct, id -> products.findById(id).isPresent(),
						id -> get("/sales/products/{id}", id), id -> get("/api/v1/products/{id}", id)),
				new Isolated("product form", this::newProduct, id -> products.findById(id).isPresent(),
						id -> get("/sales/products/{id}/edit", id), null),
				new Isolated("product category", this::newCategory, id -> categories.findById(id).isPresent(), null, null),
				new Isolated("product unit", this::newUnit, id -> units.findById(id).isPresent(), null, null),
				new Isolated("product photo", this::newPhoto, id -> photos.findById(id).isPresent(),
						id -> get("/sales/products/photos/{id}", id), null));
	}

	private long newProduct() {
		String code = "ISO-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
		return products.save(new Product(ProductForm.of(code, "隔离测试产品", null, "台", new BigDecimal("100.00")), 1L,
				Instant.now())).getId();
	}

	private long newPhoto() {
		byte[] png = org.hutong.files.TestImages.png();
		String key = new org.hutong.files.FileStore(photoSettings.dir()).store(org.hutong.tenancy.TenantContext.require(), png);
		return photos.save(new ProductPhoto(newProduct(), "柜体.png", org.hutong.files.FileType.PNG, png.length, key, null,
				Instant.now())).getId();
	}

	private long newCategory() {
		return categories.save(new Category("隔离" + ThreadLocalRandom.current().nextInt(1_000_000), null, 99)).getId();
	}

	private long newUnit() {
		return units.save(new ProductUnit("U" + ThreadLocalRandom.current().nextInt(1_000_000), 99)).getId();
	}

	@Test
	void anotherEnterprisesListsAndTreeHoldNothingOfThisOne() {
		long product = inTenant("demo", this::newProduct);
		long category = inTenant("demo", this::newCategory);
		assertThat(inTenant("demo2", () -> catalog.tree())).extracting(Catalog.Node::id).doesNotContain(category);
		assertThat(inTenant("demo2", () -> catalog.category(category))).isEmpty();
		assertThat(inTenant("demo2", () -> products.findAll())).extracting(Product::getId).doesNotContain(product);
		assertThat(inTenant("demo2", () -> catalog.subtree(category))).isEmpty();
	}
}
