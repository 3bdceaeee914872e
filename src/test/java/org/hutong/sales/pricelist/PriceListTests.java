package org.hutong.sales.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.HutongTest;
import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.sales.product.ProductForm;
import org.hutong.sales.product.ProductManagement;
import org.hutong.identity.SignedInUser;
import org.hutong.TestUsers;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.MapBindingResult;

/**
 * The price a quote line takes: a list naming the customer before a list naming its level, the newest
 * valid one first, the list price otherwise; and the refusals of the form and of a price.
 */
@HutongTest
class PriceListTests {

	@Autowired
	PriceLists lists;

	@Autowired
	ProductManagement products;

	@Autowired
	CustomerDirectory directory;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CustomerRepository customerRepository;

	@Autowired
	ContactRepository contacts;

	@Autowired
	JdbcClient jdbc;

	DemoTenants demo;

	@BeforeEach
	void signInAsTheKeeper() {
		demo = new DemoTenants(tenants, transactions);
		SignedInUser manager = new TestUsers(userDetails).load("demo", "manager");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(manager, null, manager.getAuthorities()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aLineTakesTheCustomersOwnListThenItsLevelsNewestThenTheListPrice() {
		CustomerFixtures customers = new CustomerFixtures(tenants, transactions, userDetails, customerRepository, contacts);
		String level = demo.call("demo", () -> directory.levels().get(0).code());
		long named = customers.customer("sales").getId();
		long sameLevel = customers.customer("sales").getId();
		long none = customers.customer("sales").getId();
		jdbc.sql("update customers_customer set level = ? where id in (?, ?)").params(level, named, sameLevel).update();
		long a = product("100.00");
		long b = product("200.00");
		demo.call("demo", () -> {
			long older = list("A 级 2026", LocalDate.of(2026, 1, 1), null, List.of(level), List.of());
			long own = list("专属", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), List.of(), List.of(named));
			long newer = list("A 级 冬季", LocalDate.of(2026, 11, 1), null, List.of(level), List.of());
			lists.price(older, a, new BigDecimal("90"), errors());
			lists.price(own, a, new BigDecimal("80.00"), errors());
			lists.price(newer, a, new BigDecimal("85"), errors());
			lists.price(newer, b, new BigDecimal("180"), errors());

			Map<Long, PriceLists.AppliedPrice> december = lists.applicable(named, List.of(a, b), LocalDate.of(2026, 12, 4));
			assertThat(december.get(a).price()).isEqualByComparingTo("80.00");
			assertThat(december.get(a).priceListId()).isEqualTo(own);
			assertThat(december.get(b).price()).isEqualByComparingTo("180");
			assertThat(december.get(b).priceListName()).isEqualTo("A 级 冬季");
			assertThat(lists.applicable(named, List.of(a), LocalDate.of(2027, 1, 5)).get(a).price())
				.as("its own list has ended: the newest level list").isEqualByComparingTo("85");
			assertThat(lists.applicable(sameLevel, List.of(a), LocalDate.of(2026, 10, 15)).get(a).price())
				.as("before the winter list begins").isEqualByComparingTo("90");
			PriceLists.AppliedPrice plain = lists.applicable(none, List.of(a), LocalDate.of(2026, 12, 4)).get(a);
			assertThat(plain.price()).isEqualByComparingTo("100.00");
			assertThat(plain.priceListId()).isNull();
			assertThat(lists.applicable(null, List.of(b), LocalDate.of(2026, 12, 4)).get(b).price())
				.isEqualByComparingTo("200.00");
			return null;
		});
	}

	@Test
	void theFormAndAPriceAreRefusedByTheirFields() {
		long otherEnterprises = new CustomerFixtures(tenants, transactions, userDetails, customerRepository, contacts)
			.customer("demo2", "admin", CustomerFixtures.uniqueName()).getId();
		demo.call("demo", () -> {
			MapBindingResult refused = errors();
			assertThat(lists.create(new PriceListForm("倒过来的日期", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1),
					null, List.of("NO_SUCH_LEVEL"), List.of(otherEnterprises), null), refused)).isNull();
			assertThat(refused.getFieldError("validTo").getCode()).isEqualTo("priceList.validTo.beforeFrom");
			assertThat(refused.getFieldError("levels").getCode()).isEqualTo("priceList.level.unknown");
			assertThat(refused.getFieldError("customerIds").getCode()).isEqualTo("priceList.customer.unknown");
			long id = list("价格测试", LocalDate.of(2026, 1, 1), null, List.of(), List.of());
			MapBindingResult price = errors();
			lists.price(id, 999_999_999L, new BigDecimal("1.005"), price);
			assertThat(price.getFieldError("productId").getCode()).isEqualTo("priceList.product.unknown");
			assertThat(price.getFieldError("price").getCode()).isEqualTo("product.price.decimals");
			MapBindingResult negative = errors();
			lists.price(id, product("10"), new BigDecimal("-1"), negative);
			assertThat(negative.getFieldError("price").getCode()).isEqualTo("product.price.negative");
			assertThat(lists.one(id).items()).isEmpty();
			return null;
		});
	}

	private long list(String name, LocalDate from, LocalDate to, List<String> levels, List<Long> customers) {
		MapBindingResult errors = errors();
		Long id = lists.create(new PriceListForm(name, from, to, null, levels, customers, null), errors);
		assertThat(errors.getAllErrors()).isEmpty();
		return id;
	}

	private long product(String price) {
		SignedInUser manager = new TestUsers(userDetails).load("demo", "manager");
		String code = "PL-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
		return demo.call("demo", () -> products.create(manager, ProductForm.of(code, "价格表产品", null, "台",
				new BigDecimal(price)), errors()));
	}

	private static MapBindingResult errors() {
		return new MapBindingResult(new HashMap<>(), "form");
	}

}
