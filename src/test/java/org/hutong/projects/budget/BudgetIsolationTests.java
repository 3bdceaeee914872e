package org.hutong.projects.budget;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * demo's budgets are invisible to {@code demo2}: its category sets and categories, a project's choice
 * of set, budget lines, costs (and a cost's document) and the thresholds it crossed — by id, the
 * project's budget page and the API. They are demo's own, from its demo data.
 */
class BudgetIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	/** The project of the record read last, while demo's rows are visible. */
	private long project;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("budget line", () -> first("BudgetLine"), id -> visible("BudgetLine", id),
						id -> get("/projects/{project}/budget", project),
						id -> get("/api/v1/projects/{project}/budget", project)),
				new Isolated("cost", () -> first("Cost"), id -> visible("Cost", id),
						id -> get("/projects/{project}/budget/costs/{id}/document", project, id),
						id -> get("/api/v1/projects/{project}/costs", project)),
				new Isolated("budget crossing", () -> first("Crossing"), id -> visible("Crossing", id), null, null),
				new Isolated("budget choice", () -> first("BudgetChoice"), id -> visible("BudgetChoice", id), null, null),
				new Isolated("budget set", () -> firstId("BudgetSet"), id -> visible("BudgetSet", id), null, null),
				new Isolated("budget category", () -> firstId("BudgetCategory"), id -> visible("BudgetCategory", id), null,
						null));
	}

	/** demo's first row of an entity that belongs to a project. */
	private long first(String entity) {
		Object[] row = entityManager
			.createQuery("select e.id, e.projectId from " + entity + " e order by e.id", Object[].class)
			.setMaxResults(1).getSingleResult();
		project = (Long) row[1];
		return (Long) row[0];
	}

	private long firstId(String entity) {
		return entityManager.createQuery("select e.id from " + entity + " e order by e.id", Long.class)
			.setMaxResults(1).getSingleResult();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
