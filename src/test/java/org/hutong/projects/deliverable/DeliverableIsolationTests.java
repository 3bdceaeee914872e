package org.hutong.projects.deliverable;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deliverable of {@code demo} — with its versions' files and a 变更 — is invisible to {@code demo2}:
 * by id, its project's 交付物 section, and the deliverable, the project's list and a version's file
 * through the API. The deliverables and their versions are demo's own, from its demo data; the 变更 is
 * written straight.
 */
class DeliverableIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	/** The project of the deliverable read last, while demo's rows are visible. */
	private long project;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("deliverable", this::submitted, id -> visible("Deliverable", id),
						id -> get("/projects/{project}/deliverables/{id}/versions/1", project, id),
						id -> get("/api/v1/deliverables/{id}", id)),
				new Isolated("deliverable version content", this::submitted, id -> visible("Deliverable", id), null,
						id -> get("/api/v1/deliverables/{id}/versions/1/content", id)),
				new Isolated("project deliverables", this::submitted, id -> visible("Deliverable", id),
						id -> get("/projects/{project}/deliverables", project),
						id -> get("/api/v1/projects/{project}/deliverables", project)),
				new Isolated("deliverable change", this::change, id -> visible("DeliverableChange", id), null, null));
	}

	/** demo's first deliverable with a version. */
	private long submitted() {
		Deliverable deliverable = entityManager
			.createQuery("select d from Deliverable d where d.versions > 0 order by d.id", Deliverable.class)
			.setMaxResults(1).getSingleResult();
		project = deliverable.getProjectId();
		return deliverable.getId();
	}

	private long change() {
		List<Long> existing = entityManager.createQuery("select c.id from DeliverableChange c order by c.id", Long.class)
			.setMaxResults(1).getResultList();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		long deliverable = submitted();
		entityManager.createNativeQuery("insert into projects_deliverable_change (tenant_id, deliverable_id, version_number, "
				+ "reason, created_by, created_at) select tenant_id, id, versions, '隔离测试', 1, CURRENT_TIMESTAMP "
				+ "from projects_deliverable where id = :id").setParameter("id", deliverable).executeUpdate();
		return entityManager.createQuery("select c.id from DeliverableChange c order by c.id", Long.class)
			.setMaxResults(1).getSingleResult();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
