package org.hutong.sales.delivery;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A delivery of {@code demo}, its lines and an acceptance are invisible to {@code demo2}: by id, and
 * the contract's 发货与验收 through its page and the API. The rows are made straight on demo's first
 * contract.
 */
class DeliveryIsolationTests extends TenantIsolationTestBase {

	@Autowired
	DeliveryRepository deliveries;

	@Autowired
	AcceptanceRepository acceptances;

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("delivery", this::newDelivery, id -> deliveries.findById(id).isPresent(),
						id -> get("/sales/contracts/{id}/fulfilment", contract),
						id -> get("/api/v1/contracts/{id}/fulfilment", contract)),
				new Isolated("delivery line", () -> { newDelivery(); return first("DeliveryLine"); },
						id -> visible("DeliveryLine", id), null, null),
				new Isolated("acceptance", this::newAcceptance, id -> acceptances.findById(id).isPresent(), null, null));
	}

	/** The contract of the delivery made last, read while demo's rows are visible. */
	private long contract;

	private long newDelivery() {
		contract = first("Contract");
		long line = entityManager.createQuery("select l.id from ContractLine l order by l.id", Long.class)
			.setMaxResults(1).getSingleResult();
		Delivery delivery = new Delivery(contract, "FH-ISOLATION-" + System.nanoTime(),
				new DeliveryForm(LocalDate.now(), null, null, null, null, List.of()), 1, Instant.now());
		delivery.ship(line, java.math.BigDecimal.ONE);
		return deliveries.save(delivery).getId();
	}

	private long newAcceptance() {
		return acceptances.save(new Acceptance(first("Contract"), new AcceptanceForm(AcceptanceKind.FINAL, LocalDate.now(),
				null, null, null), 1, Instant.now())).getId();
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
