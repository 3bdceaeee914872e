package org.hutong.customers.lead;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
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
				new Isolated("lead conversion", this::newLead, this::visible, id -> get("/leads/{id}/convert", id), null));
	}

	private boolean visible(long id) {
		entityManager.clear();
		return entityManager.find(Lead.class, id) != null;
	}

	private long newLead() {
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		Lead lead = new Lead(LeadForm.of(CustomerFixtures.uniqueName(), "隔离联系人", null), admin, Instant.now());
		entityManager.persist(lead);
		return lead.getId();
	}
}
