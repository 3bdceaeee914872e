package org.hutong.sales.invoice;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An invoice of {@code demo}, the terms it is for, its rows and the buyer's details remembered for a customer
 * are invisible to {@code demo2}: by id, and the invoice through the contract's 发票 section and the
 * API. The rows are made straight on demo's first contract.
 */
class InvoiceIsolationTests extends TenantIsolationTestBase {

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	InvoiceBuyerRepository buyers;

	@Autowired
	EntityManager entityManager;

	/** The contract of the invoice made last, read while demo's rows are visible. */
	private long contract;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("invoice", this::newInvoice, id -> invoices.findById(id).isPresent(),
						id -> get("/sales/contracts/{id}/invoices", contract), id -> get("/api/v1/invoices/{id}", id)),
				new Isolated("invoice term", () -> { newInvoice(); return first("InvoiceTerm"); },
						id -> visible("InvoiceTerm", id), null, null),
				new Isolated("invoice line", () -> { newInvoice(); return first("InvoiceLine"); },
						id -> visible("InvoiceLine", id), null, null),
				new Isolated("invoice buyer", this::newBuyer, id -> buyers.findById(id).isPresent(), null, null));
	}

	private long newInvoice() {
		contract = first("Contract");
		return invoices.save(new Invoice(contract, "KP-ISOLATION-" + System.nanoTime(), form(), "914403001922038216",
				InvoiceLines.single("高压开关柜", new BigDecimal("113.00"), new BigDecimal("13")), Map.of(0, new BigDecimal("113.00")), 1,
				Instant.now())).getId();
	}

	private long newBuyer() {
		long customer = System.nanoTime() % 1_000_000_000L;
		return buyers.save(new InvoiceBuyer(customer).remember(form(), "914403001922038216", Instant.now())).getId();
	}

	private static InvoiceForm form() {
		return new InvoiceForm(InvoiceKind.ORDINARY, "许昌供电公司", "914403001922038216", null, null,
				new BigDecimal("113.00"), new BigDecimal("13"), null, List.of(), List.of());
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
