package org.hutong.projects.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time entries as read through the API, newest day first by keyset ({@code day_id}). One sees one's own
 * entries, and all of a project's when one leads it (as on its team week): asked without a project, the
 * list is one's own; with a project one leads, everyone's in it (optionally one person's).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ProjectPermissions.MAY_READ)
public class TimeEntries {

	private final JdbcClient jdbc;

	private final TeamWeeks teams;

	private final Colleagues colleagues;

	TimeEntries(JdbcClient jdbc, TeamWeeks teams, Colleagues colleagues) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.colleagues = colleagues;
	}

	public List<TimeEntryView> page(SignedInUser me, TimeEntryFilter filter, LocalDate afterDay, Long afterId, int limit) {
		StringBuilder where = new StringBuilder("e.tenant_id = :tenant");
		Map<String, Object> params = new HashMap<>();
		params.put("tenant", TenantContext.require());
		boolean leads = filter.project() != null && teams.mayRead(me, filter.project());
		if (filter.project() != null) {
			where.append(" AND e.project_id = :project");
			params.put("project", filter.project());
		}
		if (!leads) {
			where.append(" AND e.user_id = :me");
			params.put("me", me.userId());
		}
		if (filter.user() != null) {
			where.append(" AND e.user_id = :user");
			params.put("user", filter.user());
		}
		if (filter.task() != null) {
			where.append(" AND e.task_id = :task");
			params.put("task", filter.task());
		}
		if (filter.from() != null) {
			where.append(" AND e.work_day >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" AND e.work_day <= :to");
			params.put("to", filter.to());
		}
		if (afterDay != null && afterId != null) {
			where.append(" AND (e.work_day < :afterDay OR (e.work_day = :afterDay AND e.id < :afterId))");
			params.put("afterDay", afterDay);
			params.put("afterId", afterId);
		}
		params.put("limit", limit);
		return named(jdbc.sql(SELECT + " WHERE " + where + " ORDER BY e.work_day DESC, e.id DESC LIMIT :limit").params(params)
			.query(TimeEntries::row).list());
	}

	/** One entry: one's own, or one of a project one leads; otherwise not found. */
	public TimeEntryView one(SignedInUser me, long id) {
		TimeEntryView entry = jdbc.sql(SELECT + " WHERE e.tenant_id = :tenant AND e.id = :id")
			.param("tenant", TenantContext.require()).param("id", id)
			.query(TimeEntries::row).optional().map(one -> named(List.of(one)).get(0)).orElseThrow(RecordNotFound::new);
		if (entry.userId() != me.userId() && !leads(me, entry.projectId())) {
			throw new RecordNotFound();
		}
		return entry;
	}

	private boolean leads(SignedInUser me, long projectId) {
		try {
			return teams.mayRead(me, projectId);
		}
		catch (RecordNotFound hidden) {
			return false;
		}
	}

	/** Hours logged on each of the tasks, for the task page's logged against planned. */
	public Map<Long, java.math.BigDecimal> hoursOf(Set<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return Map.of();
		}
		List<Object[]> rows = new ArrayList<>(jdbc.sql("""
				SELECT task_id, SUM(hours) FROM projects_time_entry WHERE tenant_id = :tenant AND task_id IN (:ids)
				GROUP BY task_id""").param("tenant", TenantContext.require()).param("ids", List.copyOf(taskIds))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2) }).list());
		return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (java.math.BigDecimal) r[1]));
	}

	private List<TimeEntryView> named(List<TimeEntryView> rows) {
		Map<Long, String> names = colleagues.names(rows.stream().map(TimeEntryView::userId).collect(Collectors.toSet()));
		return rows.stream().map(e -> new TimeEntryView(e.id(), e.userId(), names.getOrDefault(e.userId(), ""), e.taskId(),
				e.taskTitle(), e.projectId(), e.phaseId(), e.day(), e.hours(), e.note(), e.version())).toList();
	}

	private static TimeEntryView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new TimeEntryView(rs.getLong(1), rs.getLong(2), null, rs.getLong(3), rs.getString(4), rs.getLong(5),
				rs.getObject(6, Long.class), rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getString(9),
				rs.getLong(10));
	}

	private static final String SELECT = """
			SELECT e.id, e.user_id, e.task_id, t.title, e.project_id, e.phase_id, e.work_day, e.hours, e.note, e.version
			FROM projects_time_entry e JOIN projects_task t ON t.id = e.task_id""";
}
