package org.hutong.projects.lifecycle;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is on a project's phases, so that a phase with work is never removed by an applied template:
 * tasks, deliverables holding versions (or added by hand), gate reviews, milestones, budget lines,
 * cost entries and time entries — everything whose row names the phase. Read by SQL over those
 * folders' tables: they depend on the lifecycle, so it cannot ask them without a cycle, and the
 * foreign keys to the phase are exactly what would make its removal fail.
 */
@Component
class PhaseWork {

	/** The kinds of work, in the order a refusal names the first found. */
	static final String TASKS = "tasks";

	static final String DELIVERABLES = "deliverables";

	static final String GATES = "gates";

	static final String MILESTONES = "milestones";

	static final String BUDGET = "budget";

	static final String COSTS = "costs";

	static final String TIME = "time";

	private static final String SQL = """
			SELECT phase_id, 1 AS rank FROM projects_task WHERE tenant_id = :t AND phase_id IN (:ids)
			UNION ALL SELECT phase_id, 2 FROM projects_deliverable WHERE tenant_id = :t AND phase_id IN (:ids)
			    AND (versions > 0 OR phase_deliverable_id IS NULL)
			UNION ALL SELECT phase_id, 3 FROM projects_gate WHERE tenant_id = :t AND phase_id IN (:ids)
			UNION ALL SELECT phase_id, 4 FROM projects_milestone WHERE tenant_id = :t AND phase_id IN (:ids)
			UNION ALL SELECT phase_id, 5 FROM projects_budget_line WHERE tenant_id = :t AND phase_id IN (:ids)
			UNION ALL SELECT phase_id, 6 FROM projects_cost WHERE tenant_id = :t AND phase_id IN (:ids)
			UNION ALL SELECT phase_id, 7 FROM projects_time_entry WHERE tenant_id = :t AND phase_id IN (:ids)
			""";

	private static final String[] KINDS = { null, TASKS, DELIVERABLES, GATES, MILESTONES, BUDGET, COSTS, TIME };

	private final JdbcClient jdbc;

	PhaseWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Of these phases, those with work on them, each with the first kind found. */
	Map<Long, String> on(long tenantId, Collection<Long> phaseIds) {
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		if (phaseIds.isEmpty()) {
			return Map.of();
		}
		jdbc.sql(SQL).param("t", tenantId).param("ids", phaseIds).query((rs, n) -> {
			ranks.merge(rs.getLong(1), rs.getInt(2), Math::min);
			return null;
		}).list();
		Map<Long, String> work = new LinkedHashMap<>();
		ranks.forEach((phase, rank) -> work.put(phase, KINDS[rank]));
		return work;
	}
}
