package org.hutong.projects.time;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * demo's hours and cost rates are invisible to {@code demo2}: a time entry by id, through the API and
 * in its project's team week; a rate by id (the rates page of demo2 lists demo2's people only). They
 * are demo's own, from its demo data.
 */
class TimeIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	private long project;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("time entry", this::firstEntry, id -> visible("TimeEntry", id),
						id -> get("/projects/{project}/time", project), id -> get("/api/v1/time-entries/{id}", id)),
				new Isolated("cost rate", () -> entityManager.createQuery("select r.id from CostRate r order by r.id", Long.class)
					.setMaxResults(1).getSingleResult(), id -> visible("CostRate", id), null, null));
	}

	private long firstEntry() {
		Object[] row = entityManager.createQuery("select e.id, e.projectId from TimeEntry e order by e.id", Object[].class)
			.setMaxResults(1).getSingleResult();
		project = (Long) row[1];
		return (Long) row[0];
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
