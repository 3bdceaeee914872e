package org.hutong.projects.report;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * demo's weekly reports are invisible to {@code demo2}: by id, on their project's page of the week,
 * through the API. They are demo's own, from its demo data.
 */
class ReportIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	private long project;

	private String week;

	@Override
	protected List<Isolated> entities() {
		return List.of(new Isolated("weekly report", this::firstReport, this::visible,
				id -> get("/projects/{project}/reports/{week}", project, week),
				id -> get("/api/v1/projects/{project}/weekly-reports/{week}", project, week)));
	}

	private long firstReport() {
		Object[] row = entityManager
			.createQuery("select r.id, r.projectId, r.week from WeeklyReport r order by r.id", Object[].class)
			.setMaxResults(1).getSingleResult();
		project = (Long) row[1];
		week = (String) row[2];
		return (Long) row[0];
	}

	private boolean visible(long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(r) from WeeklyReport r where r.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
