package org.hutong.projects.task;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.files.FileType;
import org.hutong.files.Upload;
import org.hutong.files.document.Documents;
import org.hutong.files.document.Subject;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task attachment of {@code demo} is invisible to {@code demo2}: by id, its file from the task's
 * page, and the task's attachments and the file through the API. It is attached to demo's first
 * task here, straight through the shared documents.
 */
class TaskAttachmentIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Autowired
	Documents documents;

	/** The task of the attachment made last, while demo's rows are visible. */
	private long task;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("task attachment", this::attachment, this::visible,
						id -> get("/projects/tasks/{task}/attachments/{id}", task, id),
						id -> get("/api/v1/tasks/{task}/attachments/{id}/download", task, id)),
				new Isolated("task attachments", this::attachment, this::visible,
						id -> get("/projects/tasks/{task}", task), id -> get("/api/v1/tasks/{task}/attachments", task)));
	}

	private long attachment() {
		task = entityManager.createQuery("select t.id from Task t order by t.id", Long.class).setMaxResults(1)
			.getSingleResult();
		byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		return documents.create(new Subject(TaskAttachments.KIND, task), "隔离测试.pdf",
				new Upload("隔离测试.pdf", FileType.PDF, pdf, null), null, 1);
	}

	private boolean visible(long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(d) from Document d where d.id = :id and d.subjectKind = 'task'", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
