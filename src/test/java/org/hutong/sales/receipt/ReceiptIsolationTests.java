package org.hutong.sales.receipt;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A receipt of {@code demo} and how it is spread over the terms are invisible to {@code demo2}: by id,
 * and the contract's 回款 through its page and the API. The rows are made straight on demo's first contract.
 */
class ReceiptIsolationTests extends TenantIsolationTestBase {

	@Autowired
	ReceiptRepository receipts;

	@Autowired
	EntityManager entityManager;

	/** The contract of the receipt made last, read while demo's rows are visible. */
	private long contract;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("receipt", this::newReceipt, id -> receipts.findById(id).isPresent(),
						id -> get("/sales/contracts/{id}/receipts", contract),
						id -> get("/api/v1/contracts/{id}/receipts", contract)),
				new Isolated("receipt allocation", () -> { newReceipt(); return first("ReceiptAllocation"); },
						id -> visible("ReceiptAllocation", id), null, null));
	}

	private long newReceipt() {
		contract = first("Contract");
		ReceiptForm form = new ReceiptForm(LocalDate.now(), new BigDecimal("100.00"), ReceiptMethod.TRANSFER, null, null,
				null, null, null, null, List.of());
		return receipts.save(new Receipt(contract, "SK-ISOLATION-" + System.nanoTime(), form,
				Map.of(0, new BigDecimal("100.00")), 1, Instant.now())).getId();
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
