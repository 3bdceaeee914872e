package org.hutong.projects.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectWork;
import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.hutong.projects.time.Week;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a project's weekly reports. Who leads the project (its manager, 负责人 and 技术负责人, and those
 * whose role and data scope let them change it) writes them and sees drafts; whoever else sees the
 * project reads the published ones; a project one may not see, a draft one may not write and a week
 * after this one are not found.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ProjectPermissions.MAY_READ)
public class WeeklyReports {

	public static final int PAGE = 12;

	private final ProjectWork work;

	private final JdbcClient jdbc;

	private final WeekFactsReader facts;

	private final Colleagues colleagues;

	private final Clock clock;

	WeeklyReports(ProjectWork work, JdbcClient jdbc, WeekFactsReader facts, Colleagues colleagues, Clock clock) {
		this.work = work;
		this.jdbc = jdbc;
		this.facts = facts;
		this.colleagues = colleagues;
		this.clock = clock;
	}

	/** The project's reports newest week first, those before the cursor week (none: from the newest). */
	public ReportList page(SignedInUser me, long projectId, String before, int limit) {
		WorkGrant grant = work.grant(me, projectId);
		int size = Math.max(1, Math.min(limit, 100));
		String cursor = before == null ? null : week(before).name();
		List<ReportRow> found = named(jdbc.sql(SELECT + " WHERE tenant_id = :tenant AND project_id = :project"
				+ (grant.mayLead() ? "" : " AND status = 'PUBLISHED'") + (cursor == null ? "" : " AND week < :before")
				+ " ORDER BY week DESC LIMIT :limit")
			.param("tenant", TenantContext.require()).param("project", projectId).params(cursor == null ? Map.of() : Map.of("before", cursor))
			.param("limit", size + 1).query(WeeklyReports::row).list());
		List<ReportRow> shown = found.subList(0, Math.min(size, found.size()));
		String next = found.size() > size ? shown.get(shown.size() - 1).week() : null;
		return new ReportList(projectId, grant.name(), grant.mayLead(), thisWeek().name(), shown, next);
	}

	/**
	 * One week's report. A writer gets the week's facts and the form (a new report's 本周完成 pre-filled
	 * from them); a reader only a published report.
	 */
	public ReportPage one(SignedInUser me, long projectId, String weekName) {
		WorkGrant grant = work.grant(me, projectId);
		Week week = week(weekName);
		ReportRow report = stored(projectId, week);
		if (!grant.mayLead() && (report == null || report.draft())) {
			throw new RecordNotFound();
		}
		Week next = week.next().monday().isAfter(today()) ? null : week.next();
		if (!grant.mayLead()) {
			return new ReportPage(projectId, grant.name(), week, report, null, formOf(projectId, week), false, week.previous(),
					next);
		}
		WeekFacts seen = facts.of(projectId, week);
		ReportForm form = report != null ? formOf(projectId, week)
				: new ReportForm(null, facts.doneLines(seen), null, null, null);
		return new ReportPage(projectId, grant.name(), week, report, seen, form, true, week.previous(), next);
	}

	/** The week's facts, for the API (writers only; readers: not found). */
	public WeekFacts facts(SignedInUser me, long projectId, String weekName) {
		if (!work.grant(me, projectId).mayLead()) {
			throw new RecordNotFound();
		}
		return facts.of(projectId, week(weekName));
	}

	/** The stored report of the week as the caller may see it; not found when there is none for them. */
	public ReportRow stored(SignedInUser me, long projectId, String weekName) {
		WorkGrant grant = work.grant(me, projectId);
		ReportRow report = stored(projectId, week(weekName));
		if (report == null || report.draft() && !grant.mayLead()) {
			throw new RecordNotFound();
		}
		return report;
	}

	/** The full texts of a stored report, for its page and the API. */
	public ReportForm formOf(long projectId, Week week) {
		return jdbc.sql("""
				SELECT summary, done_text, next_plan, risks, version FROM projects_weekly_report
				WHERE tenant_id = :tenant AND project_id = :project AND week = :week""")
			.param("tenant", TenantContext.require()).param("project", projectId).param("week", week.name())
			.query((rs, n) -> new ReportForm(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
			.optional().orElseThrow(RecordNotFound::new);
	}

	/** This week in the enterprise's zone. */
	public Week thisWeek() {
		return Week.of(today());
	}

	/**
	 * The week a name says: a strict ISO week name ({@code 2026-W50}) not after this week; otherwise not
	 * found.
	 */
	public Week week(String name) {
		return week(name, today());
	}

	static Week week(String name, LocalDate today) {
		if (name == null || !name.matches("\\d{4}-W\\d{2}")) {
			throw new RecordNotFound();
		}
		Week week;
		try {
			week = new Week(LocalDate.parse(name + "-1", DateTimeFormatter.ISO_WEEK_DATE));
		}
		catch (DateTimeParseException malformed) {
			throw new RecordNotFound();
		}
		if (!week.name().equals(name) || week.monday().isAfter(today)) {
			throw new RecordNotFound();
		}
		return week;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
	}

	private ReportRow stored(long projectId, Week week) {
		List<ReportRow> rows = named(jdbc.sql(SELECT + " WHERE tenant_id = :tenant AND project_id = :project AND week = :week")
			.param("tenant", TenantContext.require()).param("project", projectId).param("week", week.name())
			.query(WeeklyReports::row).list());
		return rows.isEmpty() ? null : rows.get(0);
	}

	/** A row as read, before its author's name is known. */
	private record Raw(ReportRow row, long authorId) {
	}

	private List<ReportRow> named(List<Raw> rows) {
		Set<Long> authors = rows.stream().map(Raw::authorId).collect(Collectors.toSet());
		Map<Long, String> names = colleagues.names(authors);
		return rows.stream().map(raw -> {
			ReportRow r = raw.row();
			return new ReportRow(r.id(), r.week(), r.status(), r.summary(), r.hoursTotal(),
					names.getOrDefault(raw.authorId(), ""), r.publishedAt(), r.updatedAt(), r.version());
		}).toList();
	}

	private static Raw row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Timestamp published = rs.getTimestamp(7);
		java.sql.Timestamp updated = rs.getTimestamp(8);
		return new Raw(new ReportRow(rs.getLong(1), rs.getString(2), ReportStatus.valueOf(rs.getString(3)), rs.getString(4),
				rs.getBigDecimal(5), null, published == null ? null : published.toInstant(),
				updated == null ? null : updated.toInstant(), rs.getLong(9)), rs.getLong(6));
	}

	private static final String SELECT = """
			SELECT id, week, status, summary, hours_total, author_id, published_at, updated_at, version
			FROM projects_weekly_report""";
}
