package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.CustomersMerged;
import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** 合并: what moves, what is filled, what is recorded, and what is refused. */
@HutongTest
@RecordApplicationEvents
class CustomerMergeTests {

	@Autowired
	ApplicationEvents events;

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

	@Autowired
	TenantJdbc jdbc;

	CustomerFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	@Test
	void theDuplicatesRecordsMoveAndItsFieldsFillTheSurvivorsGaps() throws Exception {
		Customer survivor = fixtures.customer("sales");
		Customer duplicate = fixtures.customer("sales2");
		Contact contact = fixtures.contact(duplicate, CustomerFixtures.uniqueMobile());
		demo().call("demo", () -> {
			Customer d = customers.findById(duplicate.getId()).orElseThrow();
			d.describe(new CustomerForm(d.getName(), "简称", null, "KEY", null, null, null, "41", "4110", null, null,
					"0374-1234567", null, null, true, null), Instant.now());
			d.followedUp(Instant.now().minusSeconds(60), LocalDate.now().plusDays(3));
			return d;
		});
		mvc.perform(get("/customers/{id}/merge", survivor.getId()).param("otherId", String.valueOf(duplicate.getId()))
			.with(as("admin"))).andExpect(status().isOk()).andExpect(content().string(containsString(duplicate.getName())));
		long version = demo().call("demo", () -> customers.findById(survivor.getId()).orElseThrow().getVersion());
		mvc.perform(post("/customers/{id}/merge", survivor.getId()).with(csrf()).with(as("admin"))
			.param("otherId", String.valueOf(duplicate.getId())).param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/customers/" + survivor.getId()));
		Customer merged = demo().call("demo", () -> customers.findById(survivor.getId()).orElseThrow());
		assertThat(merged.getShortName()).isEqualTo("简称");
		assertThat(merged.getLevel()).isEqualTo("KEY");
		assertThat(merged.getLocation().getCityCode()).isEqualTo("4110");
		assertThat(merged.getLastFollowUpAt()).isNotNull();
		long sales2 = fixtures.userId("sales2");
		assertThat(demo().call("demo", () -> customers.findById(survivor.getId()).orElseThrow().team().isSharedForWriting(sales2)))
			.isTrue();
		assertThat(demo().call("demo", () -> contacts.findById(contact.getId()).orElseThrow().getCustomerId()))
			.isEqualTo(survivor.getId());
		Customer gone = demo().call("demo", () -> customers.findById(duplicate.getId()).orElseThrow());
		assertThat(gone.isDeleted()).isTrue();
		assertThat(gone.getMergedIntoId()).isEqualTo(survivor.getId());
		assertThat(demo().call("demo", () -> jdbc.sql("select count(*) from customers_change where tenant_id = :tenantId "
				+ "and customer_id = :id and field = 'merged'").param("id", survivor.getId()).query(Long.class).single()))
			.isEqualTo(1L);
		assertThat(demo().call("demo", () -> jdbc.sql("select count(*) from identity_audit_entry where tenant_id = :tenantId "
				+ "and action = 'CUSTOMERS_MERGED' and target = :name").param("name", survivor.getName()).query(Long.class).single()))
			.isEqualTo(1L);
		assertThat(events.stream(CustomersMerged.class)
			.filter(e -> e.survivorId() == survivor.getId() && e.mergedId() == duplicate.getId())).hasSize(1);
		// the duplicate's page now leads to the survivor
		mvc.perform(get("/customers/{id}", duplicate.getId()).with(as("admin")))
			.andExpect(redirectedUrl("/customers/" + survivor.getId()));
	}

	@Test
	void aStaleMergeIsAConflictAndChangesNothing() throws Exception {
		Customer survivor = fixtures.customer("sales");
		Customer duplicate = fixtures.customer("sales");
		mvc.perform(post("/api/v1/customers/{id}/merge", survivor.getId()).header("Authorization", token("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"otherId\":" + duplicate.getId() + ",\"version\":99}"))
			.andExpect(status().isConflict());
		assertThat(demo().call("demo", () -> customers.findById(duplicate.getId()).orElseThrow().isDeleted())).isFalse();
		mvc.perform(post("/customers/{id}/merge", survivor.getId()).with(csrf()).with(as("admin"))
			.param("otherId", String.valueOf(duplicate.getId())).param("otherVersion", "99"))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyAdministratorsMergeAndNeverACustomerWithItself() throws Exception {
		Customer survivor = fixtures.customer("sales");
		Customer duplicate = fixtures.customer("sales");
		mvc.perform(post("/api/v1/customers/{id}/merge", survivor.getId()).header("Authorization", token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"otherId\":" + duplicate.getId() + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/customers/{id}/merge", survivor.getId()).with(csrf()).with(as("manager"))
			.param("otherId", String.valueOf(duplicate.getId()))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/customers/{id}/merge", survivor.getId()).header("Authorization", token("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"otherId\":" + survivor.getId() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.otherId").exists());
		mvc.perform(post("/api/v1/customers/{id}/merge", survivor.getId()).header("Authorization", token("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
	}

	private DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "merge-test", 1).secret());
	}
}
