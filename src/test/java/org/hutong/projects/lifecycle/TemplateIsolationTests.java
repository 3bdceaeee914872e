package org.hutong.projects.lifecycle;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * demo's lifecycle templates are out of {@code demo2}'s reach in the editor, on the apply pages and in
 * the API's preview; a template deliverable (with its template file column) stays demo's. The records
 * are demo's seeded templates, only read.
 */
class TemplateIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("template editor", () -> first("LifecycleTemplate"), id -> visible("LifecycleTemplate", id),
						id -> get("/projects/templates/{id}/edit", id),
						id -> post("/api/v1/lifecycle-templates/{id}/apply-preview", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"projectIds\": []}")),
				new Isolated("template apply", () -> first("LifecycleTemplate"), id -> visible("LifecycleTemplate", id),
						id -> get("/projects/templates/{id}/apply", id), null),
				new Isolated("template deliverable", () -> first("TemplateDeliverable"), id -> visible("TemplateDeliverable", id),
						null, null));
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
