package org.hutong.customers.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.followup.FollowUp;
import org.hutong.customers.followup.FollowUpType;
import org.hutong.shared.Pinyin;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Leads stay inside their enterprise: by id, on their page, their conversion form, through the API
 * and through their search keys. Beside {@code CustomersIsolationTests} rather than in it while that file is being extended
 * for ownership and follow-ups.
 */
class LeadsIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Autowired
	TenantJdbc jdbc;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("lead", this::newLead, this::visible, id -> get("/leads/{id}", id),
						id -> get("/api/v1/leads/{id}", id)),
				new Isolated("lead form", this::newLead, this::visible, id -> get("/leads/{id}/edit", id), null),
				new Isolated("lead conversion", this::newLead, this::visible, id -> get("/leads/{id}/convert", id), null),
				new Isolated("lead follow-ups", this::newLead, this::visible, id -> get("/leads/{id}/follow-ups", id),
						id -> get("/api/v1/follow-ups").param("leadId", String.valueOf(id))),
				new Isolated("lead follow-up logged", this::newLead, this::visible,
						id -> post("/leads/{id}/follow-ups", id).param("type", "CALL").param("content", "隔离").with(csrf()),
						null),
				new Isolated("lead follow-up", this::newLeadFollowUp, id -> entityManager.find(FollowUp.class, id) != null,
						null, id -> get("/api/v1/follow-ups/{id}", id)),
				new Isolated("lead search key", this::newLead, this::hasSearchKeys, null, null));
	}

	@Test
	void anotherEnterpriseSearchingForTheCompanyOrMobileFindsNothing() throws Exception {
		String mobile = "137" + String.format("%08d", System.nanoTime() % 100_000_000);
		long id = inTenant("demo", () -> newLead(mobile));
		String name = inTenant("demo", () -> entityManager.find(Lead.class, id).getCompanyName());
		long demo = new TestUsers(userDetails).load("demo", "admin").tenantId();
		for (String keyword : List.of(name.substring(1, 4), Pinyin.full(name).substring(0, 8), Pinyin.initials(name), mobile)) {
			mvc.perform(get("/leads").param("q", keyword).with(new TestUsers(userDetails).as("demo", "admin")))
				.andExpect(content().string(containsString(name)));
			mvc.perform(get("/leads").param("q", keyword).with(new TestUsers(userDetails).as("demo2", "admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(name))));
		}
		// every key row of the lead carries its enterprise, whichever tenant asks
		String rows = "select count(*) from customers_lead_search_key where lead_id = :id and tenant_id <> :tenantId";
		assertThat(jdbc.sql(demo, rows).param("id", id).query(Long.class).single()).isZero();
		assertThat(jdbc.sql(demo, "select count(*) from customers_lead_search_key where tenant_id = :tenantId and lead_id = :id")
			.param("id", id).query(Long.class).single()).isPositive();
	}

	/** Whether the current enterprise sees any search key of the lead. */
	private boolean hasSearchKeys(long leadId) {
		entityManager.clear();
		return entityManager.createQuery("select count(k) from LeadSearchKey k where k.key.leadId = :id", Long.class)
			.setParameter("id", leadId)
			.getSingleResult() > 0;
	}

	private boolean visible(long id) {
		entityManager.clear();
		return entityManager.find(Lead.class, id) != null;
	}

	/** A follow-up on a new lead of demo's admin. */
	private long newLeadFollowUp() {
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		Instant now = Instant.now();
		FollowUp followUp = FollowUp.onLead(newLead(), FollowUpType.CALL, "隔离电话", now, null, admin, now,
				LocalDate.now(EnterpriseZone.DEFAULT));
		entityManager.persist(followUp);
		return followUp.getId();
	}

	private long newLead() {
		return newLead(null);
	}

	private long newLead(String mobile) {
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		Lead lead = new Lead(LeadForm.of(CustomerFixtures.uniqueName(), "隔离联系人", mobile), admin, Instant.now());
		entityManager.persist(lead);
		return lead.getId();
	}
}
