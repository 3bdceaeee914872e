package org.hutong.sales.contract;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A contract of {@code demo}, its lines and its payment terms are invisible to {@code demo2}: by id, and the contract on
 * its page and through the API. The records are demo's own, made from its accepted quotes. So are demo's 合同设置, its
 * term templates (by id and on the template's page) and the expiry reminders sent for its contracts.
 */
class ContractIsolationTests extends TenantIsolationTestBase {

	@Autowired
	ContractRepository contracts;

	@Autowired
	EntityManager entityManager;

	@Autowired
	ContractPolicies policies;

	@Autowired
	EnterpriseTemplates templates;

	@Autowired
	ContractExpiryReminderRepository reminders;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("contract", () -> first("Contract"), id -> contracts.findById(id).isPresent(),
						id -> get("/sales/contracts/{id}", id), id -> get("/api/v1/contracts/{id}", id)),
				new Isolated("contract line", () -> first("ContractLine"), id -> visible("ContractLine", id), null, null),
				new Isolated("contract term", () -> first("ContractTerm"), id -> visible("ContractTerm", id), null, null),
				new Isolated("contract event", this::newEvent, id -> visible("ContractEvent", id), null, null),
				new Isolated("contract amendment", this::newAmendment, id -> visible("ContractAmendment", id), null, null),
				new Isolated("contract settings", () -> policies.locked().getId(), id -> visible("ContractPolicy", id), null,
						null),
				new Isolated("term template", () -> templates.all().get(0).id(), id -> visible("EnterpriseTemplate", id),
						id -> get("/sales/contracts/settings/templates/{id}", id), null),
				new Isolated("contract expiry reminder", this::newReminder, id -> visible("ContractExpiryReminder", id), null,
						null));
	}

	/** An event on demo's first contract, written as a delivery would. */
	private long newEvent() {
		Contract contract = contracts.findById(first("Contract")).orElseThrow();
		ContractEvent event = new ContractEvent(contract, org.hutong.sales.collection.TriggerEvent.ARRIVAL, null,
				java.time.LocalDate.now());
		entityManager.persist(event);
		entityManager.flush();
		return entityManager.createQuery("select max(e.id) from ContractEvent e where e.contract = :contract", Long.class)
			.setParameter("contract", contract).getSingleResult();
	}

	/** A 补充协议 of demo's first contract, as proposed. */
	private long newAmendment() {
		Contract contract = contracts.findById(first("Contract")).orElseThrow();
		ContractAmendment amendment = new ContractAmendment(contract, "BC-ISOLATION-" + System.nanoTime(),
				new AmendmentForm("增加两面开关柜", java.time.LocalDate.now(), new java.math.BigDecimal("1000.00"), null,
						List.of(), null),
				contract.batches(), 1, java.time.Instant.now());
		entityManager.persist(amendment);
		entityManager.flush();
		return amendment.getId();
	}

	/** An expiry reminder sent for demo's first contract, for a day of its own. */
	private long newReminder() {
		return reminders.save(new ContractExpiryReminder(first("Contract"),
				java.time.LocalDate.of(2099, 1, 1).plusDays(System.nanoTime() % 1000), java.time.Instant.now())).getId();
	}

	private long first(String entity) {
		return entityManager.createQuery("select e.id from " + entity + " e order by e.id", Long.class).setMaxResults(1)
			.getSingleResult();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
