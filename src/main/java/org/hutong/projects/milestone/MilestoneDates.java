package org.hutong.projects.milestone;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.EnterpriseZone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestones of many projects at once, as dates only (what the health light judges): one query
 * over the (tenant, project, due) index for a batch of projects.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneDates {

	private final TenantJdbc jdbc;

	MilestoneDates(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/** A milestone's due day now, its first planned day, and the day it was reached (null: not yet). */
	public record Dates(String name, LocalDate dueOn, LocalDate baselineOn, LocalDate reachedOn) {
	}

	public Map<Long, List<Dates>> of(long tenantId, Collection<Long> projectIds) {
		Map<Long, List<Dates>> dates = new HashMap<>();
		if (projectIds.isEmpty()) {
			return dates;
		}
		jdbc.sql(tenantId, "SELECT project_id, name, due_on, baseline_on, reached_at FROM projects_milestone "
				+ "WHERE tenant_id = :tenantId AND project_id IN (:ids) ORDER BY project_id, due_on, id")
			.param("ids", projectIds)
			.query((rs, row) -> dates.computeIfAbsent(rs.getLong("project_id"), id -> new ArrayList<>())
				.add(new Dates(rs.getString("name"), day(rs.getDate("due_on")), day(rs.getDate("baseline_on")),
						reached(rs.getTimestamp("reached_at")))))
			.list();
		return dates;
	}

	private static LocalDate day(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static LocalDate reached(Timestamp at) {
		return at == null ? null : at.toInstant().atZone(EnterpriseZone.DEFAULT).toLocalDate();
	}
}
