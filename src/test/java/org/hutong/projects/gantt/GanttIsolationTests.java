package org.hutong.projects.gantt;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * demo's task dependencies and plan baselines (with their items) are invisible to {@code demo2}: by
 * id, and through the project's Gantt page and the API. They are demo's own, from its demo data.
 */
class GanttIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	/** The project of the row read last, while demo's rows are visible. */
	private long project;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("task dependency", () -> first("TaskDependency"), id -> visible("TaskDependency", id),
						id -> get("/projects/{project}/gantt", project),
						id -> get("/api/v1/projects/{project}/dependencies", project)),
				new Isolated("plan baseline", () -> first("PlanBaseline"), id -> visible("PlanBaseline", id),
						id -> get("/projects/{project}/gantt/data", project),
						id -> get("/api/v1/projects/{project}/plan", project)),
				new Isolated("plan baseline item", () -> entityManager
					.createQuery("select i.id from PlanBaselineItem i order by i.id", Long.class).setMaxResults(1)
					.getSingleResult(), id -> visible("PlanBaselineItem", id), null, null));
	}

	private long first(String entity) {
		Object[] row = entityManager.createQuery("select e.id, e.projectId from " + entity + " e order by e.id",
				Object[].class).setMaxResults(1).getSingleResult();
		project = (Long) row[1];
		return (Long) row[0];
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
