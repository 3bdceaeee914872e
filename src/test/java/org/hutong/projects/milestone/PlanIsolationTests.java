package org.hutong.projects.milestone;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A milestone of {@code demo} — with what it waits for — is invisible to {@code demo2}: by id, and its
 * project's 里程碑 section. The milestone is demo's own, from its demo data or written straight.
 */
class PlanIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	/** The project of the milestone read last, while demo's rows are visible. */
	private long project;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("milestone", this::milestone, id -> visible("Milestone", id),
						id -> get("/projects/{project}/milestones", project), null),
				new Isolated("milestone link", this::link, id -> visible("MilestoneLink", id), null, null));
	}

	private long milestone() {
		List<Milestone> existing = entityManager.createQuery("select m from Milestone m order by m.id", Milestone.class)
			.setMaxResults(1).getResultList();
		if (existing.isEmpty()) {
			entityManager.createNativeQuery("insert into projects_milestone (tenant_id, project_id, name, due_on, "
					+ "baseline_on, status, created_by, created_at, version) select tenant_id, id, '隔离测试', planned_end, "
					+ "planned_end, 'OPEN', manager_id, CURRENT_TIMESTAMP, 0 from projects_project where id = "
					+ "(select min(id) from projects_project)").executeUpdate();
			existing = entityManager.createQuery("select m from Milestone m order by m.id", Milestone.class)
				.setMaxResults(1).getResultList();
		}
		project = existing.get(0).getProjectId();
		return existing.get(0).getId();
	}

	private long link() {
		List<Long> existing = entityManager.createQuery("select l.id from MilestoneLink l order by l.id", Long.class)
			.setMaxResults(1).getResultList();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		long milestone = milestone();
		entityManager.createNativeQuery("insert into projects_milestone_link (tenant_id, milestone_id, kind, target_id) "
				+ "select m.tenant_id, m.id, 'DELIVERABLE', d.id from projects_milestone m join projects_deliverable d "
				+ "on d.project_id = m.project_id where m.id = :id order by d.id fetch first 1 rows only")
			.setParameter("id", milestone).executeUpdate();
		return entityManager.createQuery("select l.id from MilestoneLink l order by l.id", Long.class).setMaxResults(1)
			.getSingleResult();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
