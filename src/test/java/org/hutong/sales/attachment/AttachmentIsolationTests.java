package org.hutong.sales.attachment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.document.Documents;
import org.hutong.files.document.Subject;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A contract document of {@code demo} and its versions are invisible to {@code demo2}: by id, the
 * contract's 附件 section, the list and a version's file through the API; nor can demo2 upload to the
 * contract. The rows (in the shared documents' tables) are made through {@link Documents} on demo's
 * first contract.
 */
class AttachmentIsolationTests extends TenantIsolationTestBase {

	@Autowired
	Documents documents;

	@Autowired
	EntityManager entityManager;

	/** The contract of the document made last, read while demo's rows are visible. */
	private long contract;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("contract document", this::newDocument, id -> visible("Document", id),
						id -> get("/sales/contracts/{id}/attachments/{doc}/versions/1", contract, id),
						id -> get("/api/v1/contracts/{id}/attachments/{doc}/versions/1/content", contract, id)),
				new Isolated("contract document list", this::newDocument, id -> visible("Document", id),
						id -> get("/sales/contracts/{id}/attachments", contract),
						id -> get("/api/v1/contracts/{id}/attachments", contract)),
				new Isolated("document version", () -> { newDocument(); return first("DocumentVersion"); },
						id -> visible("DocumentVersion", id), null, null));
	}

	@Test
	void anotherEnterpriseCannotUploadToTheContract() throws Exception {
		long contractId = inTenant("demo", () -> first("Contract"));
		mvc.perform(multipart("/api/v1/contracts/{id}/attachments", contractId)
			.file(AttachmentApiTests.file("扫描件.pdf", AttachmentApiTests.PDF)).param("title", "合同扫描件")
			.header("Authorization", "Bearer " + token("demo2"))).andExpect(status().isNotFound());
		mvc.perform(multipart("/sales/contracts/{id}/attachments", contractId)
			.file(AttachmentApiTests.file("扫描件.pdf", AttachmentApiTests.PDF)).param("title", "合同扫描件")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(new TestUsers(userDetails).as("demo2", "admin"))).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/contracts/{id}/attachments", contractId)
			.file(AttachmentApiTests.file("扫描件.pdf", AttachmentApiTests.PDF)).param("title", "合同扫描件")
			.header("Authorization", "Bearer " + token("demo"))).andExpect(status().isCreated());
	}

	private long newDocument() {
		contract = first("Contract");
		return documents.create(new Subject("contract", contract), "隔离测试",
				new Upload("隔离.pdf", FileType.PDF, AttachmentApiTests.PDF, null), null, 1);
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

	private String token(String code) {
		SignedInUser admin = new TestUsers(userDetails).load(code, "admin");
		return TenantContext.callAs(admin.tenantId(), () -> tokens.create(admin, "isolation", 1).secret());
	}
}
