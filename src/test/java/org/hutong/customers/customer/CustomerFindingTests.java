package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** Finding customers: not followed up for N days, created between, by city, and by last follow-up. */
@HutongTest
class CustomerFindingTests {

	private static final Instant NOW = Instant.now();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	String token;

	String prefix;

	@BeforeEach
	void setUp() {
		prefix = CustomerFixtures.uniqueName().substring(0, 6);
		SignedInUser sales = new TestUsers(userDetails).load("demo", "sales");
		token = "Bearer " + TenantContext.callAs(sales.tenantId(), () -> tokens.create(sales, "find-test", 1).secret());
	}

	@Test
	void notFollowedUpForNDaysFindsTheNeverAndTheLongIdle() throws Exception {
		customer("甲", NOW, null, null, null);
		customer("乙", NOW, NOW.minus(Duration.ofDays(40)), null, null);
		customer("丙", NOW, NOW.minus(Duration.ofDays(2)), null, null);
		assertThat(names(list().param("idleDays", "30"))).containsExactlyInAnyOrder("甲", "乙");
		assertThat(names(list().param("idleDays", "0"))).hasSize(3);
		assertThat(names(list().param("idleDays", "4000"))).hasSize(3);
		mvc.perform(list().param("idleDays", "abc")).andExpect(status().isBadRequest());
		mvc.perform(get("/customers").param("idleDays", "abc").with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk());
	}

	@Test
	void createdBetweenCountsWholeDaysInShanghai() throws Exception {
		customer("甲", NOW.minus(Duration.ofDays(10)), null, null, null);
		customer("乙", NOW, null, null, null);
		LocalDate today = LocalDate.ofInstant(NOW, EnterpriseZone.DEFAULT);
		assertThat(names(list().param("createdFrom", today.toString()))).containsExactly("乙");
		assertThat(names(list().param("createdTo", today.minusDays(1).toString()))).containsExactly("甲");
		assertThat(names(list().param("createdFrom", today.minusDays(10).toString())
			.param("createdTo", today.minusDays(10).toString()))).containsExactly("甲");
		mvc.perform(list().param("createdFrom", "2026-13-45")).andExpect(status().isBadRequest());
	}

	@Test
	void aCityNarrowsItsProvinceAndACityOfAnotherIsIgnored() throws Exception {
		customer("甲", NOW, null, "41", "4101");
		customer("乙", NOW, null, "41", "4102");
		assertThat(names(list().param("province", "41").param("city", "4101"))).containsExactly("甲");
		assertThat(names(list().param("city", "4102"))).containsExactly("乙");
		assertThat(names(list().param("province", "41").param("city", "4201"))).hasSize(2);
		mvc.perform(get("/customers").param("province", "41").param("city", "4101")
			.with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"customer-city-filter\"")))
			.andExpect(content().string(containsString("value=\"4101\" selected")));
	}

	@Test
	void byLastFollowUpPagesAcrossTheNeverFollowedUpWithoutDuplicatesOrGaps() throws Exception {
		List<Customer> made = new ArrayList<>();
		made.add(customer("一", NOW, NOW.minus(Duration.ofHours(1)), null, null));
		made.add(customer("二", NOW, NOW.minus(Duration.ofHours(5)), null, null));
		made.add(customer("三", NOW, NOW.minus(Duration.ofHours(5)), null, null));
		made.add(customer("四", NOW, NOW.minus(Duration.ofDays(3)), null, null));
		for (String name : List.of("五", "六", "七")) {
			made.add(customer(name, NOW, null, null, null));
		}
		List<String> expected = made.stream()
			.sorted(Comparator.comparing(Customer::getLastFollowUpAt, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Customer::getId, Comparator.reverseOrder()))
			.map(customer -> customer.getName().substring(6, 7))
			.toList();
		for (int limit = 1; limit <= 4; limit++) {
			assertThat(walk(limit)).as("pages of %d", limit).isEqualTo(expected);
		}
		mvc.perform(get("/customers").param("sort", "LAST_FOLLOW_UP").param("q", prefix)
			.with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(prefix + "一")));
	}

	private List<String> walk(int limit) throws Exception {
		List<String> seen = new ArrayList<>();
		String after = null;
		do {
			String json = mvc.perform(list().param("sort", "LAST_FOLLOW_UP").param("limit", String.valueOf(limit))
				.param("after", after))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> names = JsonPath.read(json, "$.items[*].name");
			names.forEach(name -> seen.add(name.substring(6, 7)));
			after = JsonPath.read(json, "$.next");
		}
		while (after != null && seen.size() < 50);
		return seen;
	}

	private MockHttpServletRequestBuilder list() {
		return get("/api/v1/customers").header("Authorization", token).param("scope", "MINE").param("q", prefix);
	}

	private List<String> names(MockHttpServletRequestBuilder request) throws Exception {
		String json = mvc.perform(request.param("limit", "50"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> names = JsonPath.read(json, "$.items[*].name");
		return names.stream().map(name -> name.substring(6, 7)).toList();
	}

	/** A customer of {@code sales} named by the test's prefix and {@code mark}. */
	private Customer customer(String mark, Instant created, Instant lastFollowUp, String province, String city) {
		TestUsers users = new TestUsers(userDetails);
		long owner = users.load("demo", "sales").userId();
		long creator = users.load("demo", "admin").userId();
		CustomerForm form = new CustomerForm(prefix + mark + "有限公司", null, null, null, null, null, null, province, city,
				null, null, null, null, null, false, null);
		return new DemoTenants(tenants, transactions).call("demo", () -> {
			Customer customer = new Customer(form, owner, creator, created);
			if (lastFollowUp != null) {
				customer.followedUp(lastFollowUp, null);
			}
			return customers.save(customer);
		});
	}
}
