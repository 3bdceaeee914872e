package org.hutong.sales.quote;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quote of {@code demo} — its lines, versions and PDF — and the enterprise's discount limits and
 * letterhead are invisible to {@code demo2}. The records are demo's own, from its demo data.
 */
class QuoteIsolationTests extends TenantIsolationTestBase {

	@Autowired
	QuoteRepository quotes;

	@Autowired
	QuoteRevisionRepository revisions;

	@Autowired
	DiscountLimitRepository limits;

	@Autowired
	LetterheadRepository letterheads;

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("quote", () -> first("Quote"), id -> quotes.findById(id).isPresent(),
						id -> get("/sales/quotes/{id}", id), id -> get("/api/v1/quotes/{id}", id)),
				new Isolated("quote PDF", () -> first("Quote"), id -> quotes.findById(id).isPresent(),
						id -> get("/sales/quotes/{id}/pdf", id), id -> get("/api/v1/quotes/{id}/pdf", id)),
				new Isolated("quote line", () -> first("QuoteLine"), id -> visible("QuoteLine", id), null, null),
				new Isolated("quote version", () -> first("QuoteRevision"), id -> revisions.findById(id).isPresent(), null,
						null),
				new Isolated("discount limit", () -> first("DiscountLimit"), id -> limits.findById(id).isPresent(), null,
						null),
				new Isolated("letterhead", () -> first("Letterhead"), id -> letterheads.findById(id).isPresent(), null,
						null));
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
