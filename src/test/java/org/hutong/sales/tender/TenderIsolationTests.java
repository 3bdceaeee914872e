package org.hutong.sales.tender;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tender of {@code demo} — its lots and files — is invisible to {@code demo2}: by id, and the
 * tender on its page and through the API. The records are demo's own, from its demo data and a file stored straight.
 */
class TenderIsolationTests extends TenantIsolationTestBase {

	@Autowired
	TenderRepository tenders;

	@Autowired
	TenderDocumentRepository documents;

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("tender", () -> first("Tender"), id -> tenders.findById(id).isPresent(),
						id -> get("/sales/tenders/{id}", id), id -> get("/api/v1/tenders/{id}", id)),
				new Isolated("tender lot", () -> first("TenderLot"), id -> visible("TenderLot", id), null, null),
				new Isolated("tender document", this::newDocument, id -> documents.findById(id).isPresent(), null, null));
	}

	/** A file record on demo's first tender, its bytes not needed for the lookups. */
	private long newDocument() {
		long tender = first("Tender");
		return documents.save(new TenderDocument(tender, DocumentKind.OTHER, "隔离.pdf", 1, "0/missing",
				org.hutong.files.FileType.PDF, 10, 1, java.time.Instant.now())).getId();
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
