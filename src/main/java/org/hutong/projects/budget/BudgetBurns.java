package org.hutong.projects.budget;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.hutong.tenancy.TenantContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget and actual in total for many projects at once (the portfolio's health light asks for a page
 * of 500): two grouped queries and, when something provides labour, one call for its totals. The
 * caller has already chosen projects the reader may see; projects without a budget or cost answer
 * zero. Without labour known, the actual leaves it out ({@link Burn#labourKnown()} false).
 */
@Service
@Transactional(readOnly = true)
public class BudgetBurns {

	private final JdbcClient jdbc;

	private final ObjectProvider<LabourActuals> labour;

	BudgetBurns(JdbcClient jdbc, ObjectProvider<LabourActuals> labour) {
		this.jdbc = jdbc;
		this.labour = labour;
	}

	/** A project's total budget and actual. */
	public record Burn(BigDecimal budget, BigDecimal actual, boolean labourKnown) {

		/** Actual over budget in whole percent, or null without a budget. */
		public Integer percent() {
			return budget.signum() == 0 ? null
					: actual.multiply(BigDecimal.valueOf(100)).divide(budget, 0, java.math.RoundingMode.DOWN).intValue();
		}
	}

	public Map<Long, Burn> burns(Collection<Long> projectIds) {
		Map<Long, Burn> burns = new HashMap<>();
		if (projectIds.isEmpty()) {
			return burns;
		}
		Set<Long> ids = Set.copyOf(projectIds);
		long tenant = TenantContext.require();
		Map<Long, BigDecimal> budgets = sums("""
				SELECT project_id, SUM(amount) FROM projects_budget_line
				WHERE tenant_id = :tenant AND project_id IN (:ids) GROUP BY project_id""", tenant, ids);
		Map<Long, BigDecimal> costs = sums("""
				SELECT project_id, SUM(amount) FROM projects_cost
				WHERE tenant_id = :tenant AND project_id IN (:ids) AND deleted_at IS NULL GROUP BY project_id""", tenant, ids);
		LabourActuals known = labour.getIfAvailable();
		Map<Long, BigDecimal> labours = known == null ? Map.of() : known.totals(ids);
		for (Long id : ids) {
			BigDecimal actual = costs.getOrDefault(id, BigDecimal.ZERO).add(labours.getOrDefault(id, BigDecimal.ZERO));
			burns.put(id, new Burn(budgets.getOrDefault(id, BigDecimal.ZERO), actual, known != null));
		}
		return burns;
	}

	private Map<Long, BigDecimal> sums(String sql, long tenant, Set<Long> ids) {
		Map<Long, BigDecimal> sums = new HashMap<>();
		jdbc.sql(sql).param("tenant", tenant).param("ids", ids)
			.query((rs, n) -> sums.put(rs.getLong(1), rs.getBigDecimal(2)))
			.list();
		return sums;
	}
}
