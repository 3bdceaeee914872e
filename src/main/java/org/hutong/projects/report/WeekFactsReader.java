package org.hutong.projects.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.hutong.identity.Colleagues;
import org.hutong.projects.report.WeekFacts.DoneTask;
import org.hutong.projects.report.WeekFacts.GateEvent;
import org.hutong.projects.report.WeekFacts.MemberHours;
import org.hutong.projects.report.WeekFacts.ReachedMilestone;
import org.hutong.projects.time.Week;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a project's week for its report in four grouped queries (completed tasks, hours per person, gate
 * reviews, reached milestones), never one per task. The week runs Monday 00:00 to the next Monday in the
 * enterprise's zone; hours count by the day they were logged for.
 */
@Component
class WeekFactsReader {

	private final JdbcClient jdbc;

	private final Colleagues colleagues;

	private final MessageSource messages;

	WeekFactsReader(JdbcClient jdbc, Colleagues colleagues, MessageSource messages) {
		this.jdbc = jdbc;
		this.colleagues = colleagues;
		this.messages = messages;
	}

	/** The 本周完成 text a new report starts with: one line per completed task and reached milestone. */
	String doneLines(WeekFacts facts) {
		StringBuilder text = new StringBuilder();
		for (DoneTask task : facts.doneTasks()) {
			text.append("- ").append(task.title()).append('\n');
		}
		for (ReachedMilestone milestone : facts.milestones()) {
			text.append("- ").append(messages.getMessage("report.milestone.line", new Object[] { milestone.name() },
					milestone.name(), LocaleContextHolder.getLocale())).append('\n');
		}
		return text.toString().strip();
	}

	WeekFacts of(long projectId, Week week) {
		long tenant = TenantContext.require();
		Instant from = start(week.monday());
		Instant to = start(week.next().monday());
		List<DoneTask> tasks = jdbc.sql("""
				SELECT id, title, completed_at FROM projects_task
				WHERE tenant_id = :tenant AND project_id = :project AND category = 'DONE'
				AND completed_at >= :from AND completed_at < :to ORDER BY completed_at, id LIMIT :limit""")
			.param("tenant", tenant).param("project", projectId).param("from", at(from)).param("to", at(to))
			.param("limit", WeekFacts.TASKS)
			.query((rs, n) -> new DoneTask(rs.getLong(1), rs.getString(2), instant(rs, 3))).list();
		List<Object[]> byPerson = jdbc.sql("""
				SELECT user_id, SUM(hours) FROM projects_time_entry
				WHERE tenant_id = :tenant AND project_id = :project AND work_day BETWEEN :monday AND :sunday
				GROUP BY user_id""").param("tenant", tenant).param("project", projectId)
			.param("monday", week.monday()).param("sunday", week.sunday())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2) }).list();
		Map<Long, String> names = colleagues.names(byPerson.stream().map(row -> (Long) row[0]).toList());
		List<MemberHours> hours = byPerson.stream()
			.map(row -> new MemberHours((Long) row[0], names.getOrDefault((Long) row[0], ""), (BigDecimal) row[1]))
			.sorted(Comparator.comparing(MemberHours::hours).reversed().thenComparing(MemberHours::userId))
			.toList();
		BigDecimal total = hours.stream().map(MemberHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new WeekFacts(tasks, hours, total, gates(tenant, projectId, from, to), milestones(tenant, projectId, from, to));
	}

	private List<GateEvent> gates(long tenant, long projectId, Instant from, Instant to) {
		List<GateEvent> events = new ArrayList<>();
		jdbc.sql("""
				SELECT id, phase_name, requested_at, outcome, decided_at FROM projects_gate
				WHERE tenant_id = :tenant AND project_id = :project
				AND (requested_at >= :from AND requested_at < :to OR decided_at >= :from AND decided_at < :to)
				ORDER BY id""").param("tenant", tenant).param("project", projectId).param("from", at(from)).param("to", at(to))
			.query((rs, n) -> {
				Instant requested = instant(rs, 3);
				Instant decided = instant(rs, 5);
				if (!requested.isBefore(from) && requested.isBefore(to)) {
					events.add(new GateEvent(rs.getLong(1), rs.getString(2), false, null, requested));
				}
				if (decided != null && rs.getString(4) != null && !decided.isBefore(from) && decided.isBefore(to)) {
					events.add(new GateEvent(rs.getLong(1), rs.getString(2), true, rs.getString(4), decided));
				}
				return n;
			}).list();
		events.sort(Comparator.comparing(GateEvent::at));
		return events;
	}

	private List<ReachedMilestone> milestones(long tenant, long projectId, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT id, name, reached_at FROM projects_milestone
				WHERE tenant_id = :tenant AND project_id = :project AND status = 'REACHED'
				AND reached_at >= :from AND reached_at < :to ORDER BY reached_at, id""")
			.param("tenant", tenant).param("project", projectId).param("from", at(from)).param("to", at(to))
			.query((rs, n) -> new ReachedMilestone(rs.getLong(1), rs.getString(2), instant(rs, 3))).list();
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(EnterpriseZone.DEFAULT).toInstant();
	}

	private static java.time.OffsetDateTime at(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC);
	}

	private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		java.sql.Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
