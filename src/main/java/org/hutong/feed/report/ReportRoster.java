package org.hutong.feed.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader's view of a day's (or week's) reports: everyone whose reports go up to them, whether and
 * when they submitted, and who has not by the enterprise's due time.
 */
@Service
@Transactional(readOnly = true)
public class ReportRoster {

	private final OrgChart org;

	private final Reports reports;

	private final ReportSettings settings;

	private final Clock clock;

	ReportRoster(OrgChart org, Reports reports, ReportSettings settings, Clock clock) {
		this.org = org;
		this.reports = reports;
		this.settings = settings;
		this.clock = clock;
	}

	/** Where a person stands: submitted in time, submitted late, not yet (before the due time), missing. */
	public enum Status {
		SUBMITTED, LATE, PENDING, MISSING
	}

	/** One person on the roster; {@code postId} and {@code at} only when submitted. */
	public record Row(String name, Status status, Long postId, Instant at) {
	}

	/** The roster and its due moment. */
	public record Roster(ReportPeriod period, LocalDate start, ZonedDateTime due, List<Row> rows) {

		public long missing() {
			return rows.stream().filter(r -> r.status() == Status.MISSING).count();
		}
	}

	public Roster of(SignedInUser leader, ReportPeriod period, LocalDate day) {
		LocalDate start = period.start(day);
		LocalDate dueDay = period == ReportPeriod.DAILY ? start : start.plusDays(4);
		ZonedDateTime due = dueDay.atTime(settings.due()).atZone(EnterpriseZone.DEFAULT);
		List<OrgChart.Member> people = org.reportingTo(leader.userId());
		Map<Long, Reports.Submission> submitted = reports.submissions(period, start,
				people.stream().map(OrgChart.Member::id).toList());
		boolean overdue = clock.instant().isAfter(due.toInstant());
		List<Row> rows = people.stream().map(person -> {
			Reports.Submission s = submitted.get(person.id());
			if (s == null) {
				return new Row(person.displayName(), overdue ? Status.MISSING : Status.PENDING, null, null);
			}
			Status status = s.at().isAfter(due.toInstant()) ? Status.LATE : Status.SUBMITTED;
			return new Row(person.displayName(), status, s.postId(), s.at());
		}).toList();
		return new Roster(period, start, due, rows);
	}
}
