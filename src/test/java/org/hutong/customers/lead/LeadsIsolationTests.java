package org.hutong.customers.lead;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.followup.FollowUp;
import org.hutong.customers.followup.FollowUpType;
import org.hutong.web.EnterpriseZone;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Leads stay inside their enterprise: by id, on their page, their conversion form and through the
 * API. Beside {@code CustomersIsolationTests} rather than in it while that file is being extended
 * for ownership and follow-ups.
 */
class LeadsIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

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
						null, id -> get("/api/v1/follow-ups/{id}", id)));
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
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		Lead lead = new Lead(LeadForm.of(CustomerFixtures.uniqueName(), "隔离联系人", null), admin, Instant.now());
		entityManager.persist(lead);
		return lead.getId();
	}
}
