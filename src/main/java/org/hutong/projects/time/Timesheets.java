package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one's 工时表: the open tasks given to one in projects not ended (the 20 due soonest; a task's page opens the sheet with it) and the
 * tasks one logged on in the week, each with the week's entries — three queries, whatever the size of
 * the week.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ProjectPermissions.MAY_READ)
public class Timesheets {

	static final int OPEN_TASKS = 20;

	private final JdbcClient jdbc;

	private final TimeEntryRepository entries;

	private final TimeKeeping keeping;

	Timesheets(JdbcClient jdbc, TimeEntryRepository entries, TimeKeeping keeping) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.keeping = keeping;
	}

	private record TaskLine(long taskId, String title, long projectId, String projectName, BigDecimal planned) {
	}

	public Timesheet of(SignedInUser me, Week week, LocalDate chosenDay) {
		return of(me, week, chosenDay, null);
	}

	/** The sheet with one more task on it (the one just saved), wherever it stands among the open ones. */
	public Timesheet of(SignedInUser me, Week week, LocalDate chosenDay, Long alsoTask) {
		LocalDate today = keeping.today();
		List<TimeEntry> logged = entries.findByUserIdAndDayBetweenOrderByDayAscIdAsc(me.userId(), week.monday(), week.sunday());
		Map<Long, Map<LocalDate, List<TimeEntry>>> byTask = new HashMap<>();
		logged.forEach(entry -> byTask.computeIfAbsent(entry.getTaskId(), id -> new HashMap<>())
			.computeIfAbsent(entry.getDay(), day -> new ArrayList<>()).add(entry));
		java.util.Set<Long> shown = new java.util.HashSet<>(byTask.keySet());
		if (alsoTask != null) {
			shown.add(alsoTask);
		}
		List<Timesheet.Row> rows = tasks(me.userId(), shown).stream()
			.map(task -> row(task, week, today, byTask.getOrDefault(task.taskId(), Map.of())))
			// what was logged this week first, so the day's hours are at the top of a phone's list
			.sorted(java.util.Comparator.comparing((Timesheet.Row row) -> row.total().signum() == 0))
			.toList();
		List<Timesheet.DayTotal> days = week.days().stream().map(day -> new Timesheet.DayTotal(day,
				rows.stream().map(row -> row.on(day).hours()).filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add),
				!day.isAfter(today))).toList();
		BigDecimal total = days.stream().map(Timesheet.DayTotal::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		LocalDate day = week.contains(chosenDay) ? chosenDay : week.contains(today) ? today : week.monday();
		Week next = week.next().monday().isAfter(today) ? null : week.next();
		return new Timesheet(week, day, today, days, rows, total, next);
	}

	private static Timesheet.Row row(TaskLine task, Week week, LocalDate today, Map<LocalDate, List<TimeEntry>> byDay) {
		List<Timesheet.Cell> cells = week.days().stream().map(day -> {
			List<TimeEntry> those = byDay.getOrDefault(day, List.of());
			BigDecimal hours = those.isEmpty() ? null
					: those.stream().map(TimeEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
			TimeEntry single = those.size() == 1 ? those.get(0) : null;
			return new Timesheet.Cell(day, hours, single == null ? null : single.getId(),
					single == null ? null : single.getVersion(), single == null ? null : single.getNote(), those.size(),
					those.size() <= 1 && !day.isAfter(today));
		}).toList();
		BigDecimal total = cells.stream().map(Timesheet.Cell::hours).filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Timesheet.Row(task.taskId(), task.title(), task.projectId(), task.projectName(), task.planned(), cells, total);
	}

	/** The open tasks given to the person (soonest due first) and the tasks logged on, by project and task. */
	private List<TaskLine> tasks(long userId, java.util.Set<Long> loggedOn) {
		long tenant = TenantContext.require();
		List<Long> ids = new ArrayList<>(jdbc.sql("""
				SELECT a.task_id FROM projects_task_assignee a
				JOIN projects_task t ON t.id = a.task_id JOIN projects_project p ON p.id = t.project_id
				WHERE a.tenant_id = :tenant AND a.user_id = :user AND a.is_open = TRUE AND p.status IN ('ACTIVE', 'PAUSED')
				ORDER BY CASE WHEN a.due_date IS NULL THEN 1 ELSE 0 END, a.due_date, a.task_id
				LIMIT :limit""").param("tenant", tenant).param("user", userId).param("limit", OPEN_TASKS)
			.query(Long.class).list());
		loggedOn.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT t.id, t.title, t.project_id, p.name, t.planned_hours
				FROM projects_task t JOIN projects_project p ON p.id = t.project_id
				WHERE t.tenant_id = :tenant AND t.id IN (:ids)
				ORDER BY p.name, t.project_id, t.id""").param("tenant", tenant).param("ids", ids)
			.query((rs, n) -> new TaskLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5)))
			.list();
	}
}
