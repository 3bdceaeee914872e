package org.hutong.projects.gate;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A gate review of {@code demo} — with a gatekeeper's score and its answer — is invisible to
 * {@code demo2}: by id, the review's page and its project's 阶段评审 section, and the review and the
 * project's reviews through the API. The review (withdrawn, so nothing else sees it open) is written
 * straight on demo's first phase with a criterion.
 */
class GateIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	/** The project of the review read last, while demo's rows are visible. */
	private long project;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("gate", this::gate, id -> visible("Gate", id),
						id -> get("/projects/{project}/gates/{id}", project, id), id -> get("/api/v1/gates/{id}", id)),
				new Isolated("project gates", this::gate, id -> visible("Gate", id),
						id -> get("/projects/{project}/gates", project),
						id -> get("/api/v1/projects/{project}/gates", project)),
				new Isolated("gate score", this::score, id -> visible("GateScore", id), null, null),
				new Isolated("gate answer", this::answer, id -> visible("GateAnswer", id), null, null));
	}

	private long gate() {
		List<Gate> existing = entityManager.createQuery("select g from Gate g order by g.id", Gate.class)
			.setMaxResults(1).getResultList();
		if (existing.isEmpty()) {
			Object[] criterion = criterion();
			entityManager.createNativeQuery("insert into projects_gate (tenant_id, project_id, phase_id, phase_name, status, "
					+ "requested_by, requested_at) select tenant_id, project_id, id, name, 'WITHDRAWN', 1, CURRENT_TIMESTAMP "
					+ "from projects_phase where id = :id").setParameter("id", ((Number) criterion[1]).longValue())
				.executeUpdate();
			existing = entityManager.createQuery("select g from Gate g order by g.id", Gate.class).setMaxResults(1)
				.getResultList();
		}
		project = existing.get(0).getProjectId();
		return existing.get(0).getId();
	}

	private long score() {
		long gate = gate();
		List<Long> existing = entityManager.createQuery("select s.id from GateScore s order by s.id", Long.class)
			.setMaxResults(1).getResultList();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		entityManager.createNativeQuery("insert into projects_gate_score (tenant_id, gate_id, gatekeeper_id, comment, "
				+ "scored_at) select tenant_id, id, 1, '隔离测试', CURRENT_TIMESTAMP from projects_gate where id = :id")
			.setParameter("id", gate).executeUpdate();
		return entityManager.createQuery("select s.id from GateScore s order by s.id", Long.class).setMaxResults(1)
			.getSingleResult();
	}

	private long answer() {
		long score = score();
		List<Long> existing = entityManager.createQuery("select a.id from GateAnswer a order by a.id", Long.class)
			.setMaxResults(1).getResultList();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		Object[] criterion = criterion();
		entityManager.createNativeQuery("insert into projects_gate_answer (tenant_id, score_id, criterion_id, points) "
				+ "select tenant_id, id, :c, 3 from projects_gate_score where id = :id")
			.setParameter("c", ((Number) criterion[0]).longValue()).setParameter("id", score).executeUpdate();
		return entityManager.createQuery("select a.id from GateAnswer a order by a.id", Long.class).setMaxResults(1)
			.getSingleResult();
	}

	/** demo's first phase criterion: its id and its phase's. */
	private Object[] criterion() {
		return (Object[]) entityManager.createNativeQuery("select c.id, c.phase_id from projects_phase_criterion c "
				+ "join tenancy_tenant t on t.id = c.tenant_id where t.code = 'demo' order by c.id").setMaxResults(1).getSingleResult();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
