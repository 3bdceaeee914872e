package org.hutong.projects.project;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hutong.projects.health.ProjectHealth;
import org.hutong.projects.health.StoredReasons;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a project's 健康度 is kept: the judging reads the projects still under way here and writes
 * the light back. Written by SQL, outside the optimistic version, so a judgement never makes a user's
 * open edit stale.
 */
@Service
@Transactional
public class ProjectJudgements {

	private static final String UNDER_WAY = "SELECT id, current_phase, current_phase_end FROM projects_project "
			+ "WHERE tenant_id = :tenantId AND status IN ('ACTIVE', 'PAUSED') ";

	private final TenantJdbc jdbc;

	ProjectJudgements(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/** A project under way as the judging sees it: the gate ahead is its current phase's planned end. */
	public record UnderWay(long id, String currentPhase, LocalDate gatePlannedOn) {
	}

	/** Of these projects, those still under way (进行中 or 暂停). */
	@Transactional(readOnly = true)
	public List<UnderWay> underWay(long tenantId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(tenantId, UNDER_WAY + "AND id IN (:ids)").param("ids", ids).query(ProjectJudgements::underWay).list();
	}

	/** The next batch of projects under way after an id, in id order, for the nightly round. */
	@Transactional(readOnly = true)
	public List<UnderWay> underWayAfter(long tenantId, long afterId, int limit) {
		return jdbc.sql(tenantId, UNDER_WAY + "AND id > :after ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")
			.param("after", afterId)
			.query(ProjectJudgements::underWay)
			.list();
	}

	/** Projects under way never judged yet (new after an upgrade, or seeded). */
	@Transactional(readOnly = true)
	public List<Long> neverJudged(long tenantId, int limit) {
		return jdbc.sql(tenantId, "SELECT id FROM projects_project WHERE tenant_id = :tenantId AND health_judged_at IS NULL "
				+ "AND status IN ('ACTIVE', 'PAUSED') ORDER BY id FETCH FIRST " + limit + " ROWS ONLY").query(Long.class).list();
	}

	/** Keeps each project's light, reasons and budget burn (percent, or null without a budget), in one batch. */
	public void record(long tenantId, Map<Long, Judgement> judgements, Instant at) {
		if (judgements.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = judgements.entrySet().stream().map(entry -> {
			Map<String, Object> row = new HashMap<>();
			row.put("id", entry.getKey());
			row.put("health", entry.getValue().health().light().name());
			row.put("reasons", StoredReasons.write(entry.getValue().health().reasons()));
			row.put("burn", entry.getValue().budgetBurn());
			row.put("at", Timestamp.from(at));
			return row;
		}).toList();
		jdbc.batch(tenantId, "UPDATE projects_project SET health = :health, health_reasons = :reasons, "
				+ "budget_burn = :burn, health_judged_at = :at WHERE tenant_id = :tenantId AND id = :id", rows);
	}

	/** Clears the light of a project that ended: an ended project has no health to watch. */
	public void clear(long tenantId, long id) {
		jdbc.sql(tenantId, "UPDATE projects_project SET health = NULL, health_reasons = NULL, health_judged_at = NULL "
				+ "WHERE tenant_id = :tenantId AND id = :id AND health IS NOT NULL").param("id", id).update();
	}

	/** Clears the lights left on projects that have ended since they were judged; answers how many. */
	public int clearEnded(long tenantId) {
		return jdbc.sql(tenantId, "UPDATE projects_project SET health = NULL, health_reasons = NULL, health_judged_at = NULL "
				+ "WHERE tenant_id = :tenantId AND health IS NOT NULL AND status IN ('KILLED', 'CLOSED')").update();
	}

	public record Judgement(ProjectHealth health, Integer budgetBurn) {
	}

	private static UnderWay underWay(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Date end = rs.getDate("current_phase_end");
		return new UnderWay(rs.getLong("id"), rs.getString("current_phase"), end == null ? null : end.toLocalDate());
	}
}
