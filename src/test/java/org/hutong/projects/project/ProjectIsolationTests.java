package org.hutong.projects.project;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A project of {@code demo} — with its members, shares, type, code rule, phases and their copied
 * deliverables, criteria and gatekeepers — and demo's lifecycle templates with theirs are invisible to
 * {@code demo2}: by id, and projects and templates on their pages and through the API. The records
 * are demo's own, from its demo data (a share and a code rule stored straight).
 */
class ProjectIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Autowired
	ProjectRepository projects;

	@Autowired
	ProjectPolicyRepository policies;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("project", () -> first("Project"), id -> visible("Project", id),
						id -> get("/projects/{id}", id), id -> get("/api/v1/projects/{id}", id)),
				new Isolated("project phases", () -> first("Project"), id -> visible("Project", id), null,
						id -> get("/api/v1/projects/{id}/phases", id)),
				new Isolated("project member", () -> first("ProjectMember"), id -> visible("ProjectMember", id), null, null),
				new Isolated("project share", this::share, id -> visible("ProjectShare", id), null, null),
				new Isolated("project type", () -> first("ProjectType"), id -> visible("ProjectType", id), null, null),
				new Isolated("project policy", this::policy, id -> visible("ProjectPolicy", id), null, null),
				new Isolated("lifecycle template", () -> first("LifecycleTemplate"), id -> visible("LifecycleTemplate", id),
						id -> get("/projects/templates/{id}", id), id -> get("/api/v1/lifecycle-templates/{id}", id)),
				new Isolated("template phase", () -> first("TemplatePhase"), id -> visible("TemplatePhase", id), null, null),
				new Isolated("template deliverable", () -> first("TemplateDeliverable"),
						id -> visible("TemplateDeliverable", id), null, null),
				new Isolated("template criterion", () -> first("TemplateCriterion"), id -> visible("TemplateCriterion", id),
						null, null),
				new Isolated("template gatekeeper", this::templateGatekeeper, id -> visible("TemplateGatekeeper", id), null,
						null),
				new Isolated("phase", () -> first("Phase"), id -> visible("Phase", id), null, null),
				new Isolated("phase deliverable", () -> first("PhaseDeliverable"), id -> visible("PhaseDeliverable", id), null,
						null),
				new Isolated("phase criterion", () -> first("PhaseCriterion"), id -> visible("PhaseCriterion", id), null, null),
				new Isolated("phase gatekeeper", this::phaseGatekeeper, id -> visible("PhaseGatekeeper", id), null, null));
	}

	/** demo's first project shared with its admin (a share row is all the lookup needs). */
	private long share() {
		Project project = projects.findById(first("Project")).orElseThrow();
		long admin = project.getCreatedBy();
		project.share(admin, ShareAccess.READ, admin, java.time.Instant.now());
		projects.flush();
		return project.getShares().stream().filter(s -> s.getUserId() == admin).findFirst().orElseThrow().getId();
	}

	private long policy() {
		return policies.findFirstByOrderByIdAsc()
			.orElseGet(() -> policies.saveAndFlush(new ProjectPolicy(CodeRule.DEFAULT, java.time.Instant.now())))
			.getId();
	}

	/** A named gatekeeper on demo's first template phase and first project phase, written straight. */
	private long templateGatekeeper() {
		return gatekeeper("projects_template_gatekeeper", "TemplatePhase", "TemplateGatekeeper");
	}

	private long phaseGatekeeper() {
		return gatekeeper("projects_phase_gatekeeper", "Phase", "PhaseGatekeeper");
	}

	private long gatekeeper(String table, String phaseEntity, String entity) {
		List<Long> existing = entityManager.createQuery("select e.id from " + entity + " e order by e.id", Long.class)
			.setMaxResults(1).getResultList();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		long phase = first(phaseEntity);
		long user = projects.findById(first("Project")).orElseThrow().getManagerId();
		entityManager.createNativeQuery("insert into " + table + " (tenant_id, phase_id, user_id) "
				+ "select tenant_id, id, :user from " + (table.contains("template") ? "projects_template_phase" : "projects_phase")
				+ " where id = :phase").setParameter("user", user).setParameter("phase", phase).executeUpdate();
		return first(entity);
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
