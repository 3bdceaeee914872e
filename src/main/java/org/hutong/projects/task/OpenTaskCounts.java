package org.hutong.projects.task;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For a batch of projects, how many tasks are still open and how many of those are overdue, in one
 * grouped query over the (tenant, project, category, due) index — what the health light judges.
 */
@Service
@Transactional(readOnly = true)
public class OpenTaskCounts {

	private final TenantJdbc jdbc;

	OpenTaskCounts(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	public record Counts(int open, int overdue) {

		public static final Counts NONE = new Counts(0, 0);
	}

	public Map<Long, Counts> of(long tenantId, Collection<Long> projectIds, LocalDate today) {
		Map<Long, Counts> counts = new HashMap<>();
		if (projectIds.isEmpty()) {
			return counts;
		}
		jdbc.sql(tenantId, "SELECT project_id, COUNT(*) AS open_count, "
				+ "SUM(CASE WHEN due_date < :today THEN 1 ELSE 0 END) AS overdue_count FROM projects_task "
				+ "WHERE tenant_id = :tenantId AND project_id IN (:ids) AND category = 'OPEN' GROUP BY project_id")
			.param("today", Date.valueOf(today))
			.param("ids", projectIds)
			.query((rs, row) -> counts.put(rs.getLong("project_id"),
					new Counts(rs.getInt("open_count"), rs.getInt("overdue_count"))))
			.list();
		return counts;
	}
}
