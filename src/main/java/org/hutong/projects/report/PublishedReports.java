package org.hutong.projects.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectRow;
import org.hutong.projects.project.ProjectSearch;
import org.hutong.projects.time.Week;
import org.hutong.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' page of a week: the published reports of every project the reader sees, by project id,
 * a page at a time after a cursor. The week's published reports are read in batches and kept when the
 * reader sees their project (one query per batch), until the page is full.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ProjectPermissions.MAY_READ)
public class PublishedReports {

	public static final int PAGE = 20;

	private final JdbcClient jdbc;

	private final ProjectSearch projects;

	private final Colleagues colleagues;

	private final WeeklyReports reports;

	PublishedReports(JdbcClient jdbc, ProjectSearch projects, Colleagues colleagues, WeeklyReports reports) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.colleagues = colleagues;
		this.reports = reports;
	}

	private record Published(long projectId, String summary, BigDecimal hours, long authorId, Instant at) {
	}

	/** The week's published reports after the cursor project ({@code null}: from the first). */
	public ReportBoard of(SignedInUser me, String weekName, Long after) {
		Week week = weekName == null || weekName.isBlank() ? reports.thisWeek() : reports.week(weekName);
		List<Published> shown = new ArrayList<>();
		Map<Long, ProjectRow> seen = new LinkedHashMap<>();
		long cursor = after == null ? 0 : after;
		boolean more = false;
		while (shown.size() <= PAGE) {
			List<Published> batch = batch(week, cursor);
			if (batch.isEmpty()) {
				break;
			}
			cursor = batch.get(batch.size() - 1).projectId();
			Map<Long, ProjectRow> visible = projects.among(me, batch.stream().map(Published::projectId).toList()).stream()
				.collect(Collectors.toMap(ProjectRow::id, row -> row));
			for (Published report : batch) {
				if (visible.containsKey(report.projectId())) {
					if (shown.size() == PAGE) {
						more = true;
						break;
					}
					shown.add(report);
					seen.put(report.projectId(), visible.get(report.projectId()));
				}
			}
			if (more || batch.size() < BATCH) {
				break;
			}
		}
		Map<Long, String> names = colleagues.names(shown.stream().map(Published::authorId).collect(Collectors.toSet()));
		List<ReportCard> cards = shown.stream().map(r -> new ReportCard(seen.get(r.projectId()), week.name(), r.summary(),
				r.hours(), names.getOrDefault(r.authorId(), ""), r.at())).toList();
		Week next = week.next().monday().isAfter(reports.today()) ? null : week.next();
		return new ReportBoard(week, week.previous(), next, cards, more ? shown.get(shown.size() - 1).projectId() : null);
	}

	private static final int BATCH = 100;

	private List<Published> batch(Week week, long after) {
		return jdbc.sql("""
				SELECT project_id, summary, hours_total, author_id, published_at FROM projects_weekly_report
				WHERE tenant_id = :tenant AND week = :week AND status = 'PUBLISHED' AND project_id > :after
				ORDER BY project_id LIMIT :limit""")
			.param("tenant", TenantContext.require()).param("week", week.name()).param("after", after).param("limit", BATCH)
			.query((rs, n) -> new Published(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}
}
