package org.hutong.sales.opportunity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;

/** A deal of {@code demo}, its lines, contacts, team and stage history are invisible to {@code demo2}. */
class OpportunityIsolationTests extends TenantIsolationTestBase {

	@Autowired
	OpportunityRepository opportunities;

	@Autowired
	StageChangeRepository history;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Tenants tenants;

	@Autowired
	CustomerRepository customerRepository;

	@Autowired
	ContactRepository contacts;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("opportunity", this::newDeal, id -> opportunities.findById(id).isPresent(),
						id -> get("/sales/opportunities/{id}", id), id -> get("/api/v1/opportunities/{id}", id)),
				new Isolated("opportunity line", () -> child("OpportunityLine"), id -> visible("OpportunityLine", id), null, null),
				new Isolated("opportunity contact", () -> child("OpportunityContact"), id -> visible("OpportunityContact", id), null, null),
				new Isolated("opportunity member", () -> child("OpportunityMember"), id -> visible("OpportunityMember", id), null, null),
				new Isolated("stage change", this::newChange, id -> history.findById(id).isPresent(), null, null));
	}

	/** A deal of demo's admin with a line, a contact and a team member, stored straight. */
	private long newDeal() {
		var fixtures = new CustomerFixtures(tenants, transactions, userDetails, customerRepository, contacts);
		var customer = customerRepository.findAll(org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0);
		var contact = contacts.findAll(org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0);
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		long stage = entityManager.createQuery("select s.id from Stage s order by s.id", Long.class).setMaxResults(1)
			.getSingleResult();
		long pipeline = entityManager.createQuery("select s.pipeline.id from Stage s where s.id = :id", Long.class)
			.setParameter("id", stage).getSingleResult();
		long product = entityManager.createQuery("select p.id from Product p order by p.id", Long.class).setMaxResults(1)
			.getSingleResult();
		Opportunity deal = new Opportunity(customer.getId(), admin, pipeline, stage, admin, Instant.now());
		deal.describe(OpportunityForm.of("隔离商机", customer.getId(), null));
		deal.price(List.of(new LineForm(product, BigDecimal.ONE, BigDecimal.TEN, null)), null);
		deal.involve(java.util.Map.of(contact.getId(), ContactRole.TECHNICAL));
		deal.staff(java.util.Set.of(fixtures.userId("sales")));
		return opportunities.save(deal).getId();
	}

	private long child(String entity) {
		long deal = newDeal();
		entityManager.flush();
		return entityManager.createQuery("select c.id from " + entity + " c where c.opportunity.id = :deal", Long.class)
			.setParameter("deal", deal).setMaxResults(1).getSingleResult();
	}

	private long newChange() {
		long deal = newDeal();
		Opportunity saved = opportunities.findById(deal).orElseThrow();
		return history.save(new StageChange(deal, saved.getCustomerId(), StageAction.CREATE, null, "初步接洽", null, null,
				saved.getOwnerId(), Instant.now())).getId();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(c) from " + entity + " c where c.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
