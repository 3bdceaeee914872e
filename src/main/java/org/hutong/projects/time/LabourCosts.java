package org.hutong.projects.time;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hutong.projects.budget.LabourActuals;
import org.hutong.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人工 actuals: each entry's hours × its person's rate in effect on its day, summed per phase of a
 * project or per project. The rates' periods (from a day until the next rate's day) are joined in the
 * query itself, so a page of 500 projects is one grouped query; a person without a rate costs nothing
 * yet. Only amounts leave here, never a rate.
 */
@Component
@Transactional(readOnly = true)
public class LabourCosts implements LabourActuals {

	private static final String PRICED = """
			WITH rate_period AS (
			    SELECT user_id, rate, effective_from,
			           LEAD(effective_from) OVER (PARTITION BY user_id ORDER BY effective_from) AS until_day
			    FROM projects_cost_rate WHERE tenant_id = :tenant)
			SELECT %s, SUM(e.hours * r.rate)
			FROM projects_time_entry e
			JOIN rate_period r ON r.user_id = e.user_id AND e.work_day >= r.effective_from
			    AND (r.until_day IS NULL OR e.work_day < r.until_day)
			WHERE e.tenant_id = :tenant AND %s
			GROUP BY %s""";

	private final JdbcClient jdbc;

	LabourCosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, BigDecimal> byPhase(long projectId) {
		Map<Long, BigDecimal> amounts = new HashMap<>();
		jdbc.sql(PRICED.formatted("e.phase_id", "e.project_id = :project", "e.phase_id"))
			.param("tenant", TenantContext.require()).param("project", projectId)
			.query((rs, n) -> amounts.put(rs.getObject(1, Long.class), rs.getBigDecimal(2))).list();
		return amounts;
	}

	@Override
	public Map<Long, BigDecimal> totals(Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, BigDecimal> amounts = new HashMap<>();
		jdbc.sql(PRICED.formatted("e.project_id", "e.project_id IN (:projects)", "e.project_id"))
			.param("tenant", TenantContext.require()).param("projects", List.copyOf(projectIds))
			.query((rs, n) -> amounts.put(rs.getLong(1), rs.getBigDecimal(2))).list();
		return amounts;
	}

	/** A project's labour in total. */
	public BigDecimal total(long projectId) {
		return totals(List.of(projectId)).getOrDefault(projectId, BigDecimal.ZERO);
	}
}
