package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** 回收站: who sees which deleted customers, restoring (with the duplicate check again) and purging. */
@HutongTest
class RecycleBinTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Autowired
	ApiTokens tokens;

	CustomerFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	@Test
	void theBinListsDeletedCustomersWithinTheDataScope() throws Exception {
		Customer mine = deleted(fixtures.customer("sales"));
		Customer colleagues = deleted(fixtures.customer("sales2"));
		mvc.perform(get("/customers/recycle-bin").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.getName())))
			.andExpect(content().string(not(containsString(colleagues.getName()))));
		mvc.perform(get("/customers/recycle-bin").with(as("manager")))
			.andExpect(content().string(containsString(mine.getName())))
			.andExpect(content().string(containsString(colleagues.getName())));
		mvc.perform(get("/api/v1/customers/recycle-bin").param("limit", "1").header("Authorization", token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.next").exists());
		mvc.perform(get("/customers/recycle-bin").with(as("rd"))).andExpect(status().isForbidden());
		// someone else's deleted customer is not found for a sales rep
		mvc.perform(post("/customers/{id}/restore", colleagues.getId()).with(csrf()).with(as("sales")))
			.andExpect(status().isNotFound());
	}

	@Test
	void restoringBringsTheCustomerBackUnlessALiveOneTookItsName() throws Exception {
		Customer mine = deleted(fixtures.customer("sales"));
		mvc.perform(post("/api/v1/customers/{id}/restore", mine.getId()).header("Authorization", token("sales")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(mine.getName()));
		assertThat(demo().call("demo", () -> customers.findById(mine.getId()).orElseThrow().isDeleted())).isFalse();
		Customer clash = deleted(fixtures.customer("sales"));
		fixtures.customer("demo", "sales2", clash.getName());
		mvc.perform(post("/api/v1/customers/{id}/restore", clash.getId()).header("Authorization", token("admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString(clash.getName())));
		mvc.perform(post("/customers/{id}/restore", clash.getId()).with(csrf()).with(as("admin")))
			.andExpect(status().isConflict());
		assertThat(demo().call("demo", () -> customers.findById(clash.getId()).orElseThrow().isDeleted())).isTrue();
	}

	@Test
	void aRecycledCustomersNameAndContactMobilesAreFreeUntilItIsRestored() throws Exception {
		String mobile = CustomerFixtures.uniqueMobile();
		Customer recycled = fixtures.customer("sales");
		fixtures.contact(recycled, mobile);
		mvc.perform(delete("/api/v1/customers/{id}", recycled.getId()).header("Authorization", token("sales")))
			.andExpect(status().isNoContent());
		Customer other = fixtures.customer("sales");
		mvc.perform(post("/api/v1/customers/{id}/contacts", other.getId()).header("Authorization", token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"周工\", \"mobile\": \"" + mobile + "\"}"))
			.andExpect(status().isCreated());

		mvc.perform(post("/api/v1/customers/{id}/restore", recycled.getId()).header("Authorization", token("sales")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString(other.getName())));
		assertThat(demo().call("demo", () -> customers.findById(recycled.getId()).orElseThrow().isDeleted())).isTrue();

		mvc.perform(post("/api/v1/customers").header("Authorization", token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + recycled.getName() + "\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void administratorsPurgeOnlyCustomersNothingRefersTo() throws Exception {
		Customer bare = deleted(fixtures.customer("sales"));
		Customer withContact = fixtures.customer("sales");
		fixtures.contact(withContact, CustomerFixtures.uniqueMobile());
		deleted(withContact);
		mvc.perform(delete("/api/v1/customers/recycle-bin/{id}", bare.getId()).header("Authorization", token("sales")))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/customers/recycle-bin/{id}", withContact.getId())
			.header("Authorization", token("admin"))).andExpect(status().isConflict());
		mvc.perform(post("/customers/recycle-bin/{id}/purge", bare.getId()).with(csrf()).with(as("admin")))
			.andExpect(status().is3xxRedirection());
		assertThat(demo().call("demo", () -> customers.findById(bare.getId()))).isEmpty();
	}

	@Test
	void anEmptyBinSaysSo() throws Exception {
		mvc.perform(get("/customers/recycle-bin").param("after", "2000-01-01T00:00:00Z_1").with(as("admin")))
			.andExpect(status().isOk());
		mvc.perform(get("/customers/recycle-bin").with(new TestUsers(userDetails).as("demo2", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("回收站是空的")));
	}

	private Customer deleted(Customer customer) {
		return demo().call("demo", () -> {
			Customer c = customers.findById(customer.getId()).orElseThrow();
			c.delete(Instant.now());
			return c;
		});
	}

	private DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "bin-test", 1).secret());
	}
}
