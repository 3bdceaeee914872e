package org.hutong.projects.task;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A checklist item of {@code demo} and a subtask are invisible to {@code demo2}: by id and on their
 * task's page. The records are demo's own, from its demo data.
 */
class TaskDetailIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("task checklist item", () -> first("select e.id from TaskCheck e order by e.id"),
						id -> visible("TaskCheck", id), null, null),
				new Isolated("subtask", () -> first("select e.id from Task e where e.parentId is not null order by e.id"),
						id -> visible("Task", id), id -> get("/projects/tasks/{id}", id), id -> get("/api/v1/tasks/{id}", id)));
	}

	private long first(String query) {
		return entityManager.createQuery(query, Long.class).setMaxResults(1).getSingleResult();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
