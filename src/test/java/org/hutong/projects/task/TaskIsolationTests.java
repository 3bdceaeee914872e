package org.hutong.projects.task;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task of {@code demo} — with its assignees — and its project's board columns are invisible to
 * {@code demo2}: by id, on the task's page and through the API. The records are demo's own, from its
 * demo data.
 */
class TaskIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("task", () -> first("Task"), id -> visible("Task", id), id -> get("/projects/tasks/{id}", id),
						id -> get("/api/v1/tasks/{id}", id)),
				new Isolated("task assignee", () -> first("TaskAssignee"), id -> visible("TaskAssignee", id), null, null),
				new Isolated("task column", () -> first("TaskColumn"), id -> visible("TaskColumn", id), null, null),
				new Isolated("board", () -> first("Project"), id -> visible("Project", id), id -> get("/projects/{id}/board", id),
						id -> get("/api/v1/projects/{id}/tasks", id)));
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
