package org.hutong.projects.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.WeeklyReportPublished;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectWork;
import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.hutong.projects.time.Week;
import org.hutong.shared.Texts;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Writing and publishing a project's weekly report, for who leads the project (others who see it: 403;
 * who does not: 404). Saving keeps the week's hours as they stand; a stale version, or two first saves
 * of the same week at once, is a conflict. Publishing needs a 本周概述 and tells the project's
 * manager and members once ({@link WeeklyReportPublished}: a notice each, a post on the project's feed).
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class WeeklyReportManagement {

	private final WeeklyReportRepository reports;

	private final ProjectWork work;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WeeklyReportManagement(WeeklyReportRepository reports, ProjectWork work, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.work = work;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Saves the week's report (a new one as a draft); its id, or {@code null} when a field is refused. */
	public Long save(SignedInUser actor, long projectId, String weekName, ReportForm form, Errors errors) {
		lead(actor, projectId);
		Week week = WeeklyReports.week(weekName, today());
		if (!check(form, errors)) {
			return null;
		}
		WeeklyReport report = reports.findByProjectIdAndWeek(projectId, week.name())
			.map(found -> reports.lockById(found.getId()).orElseThrow(RecordNotFound::new)).orElse(null);
		if (report == null) {
			report = new WeeklyReport(projectId, week, actor.userId(), clock.instant());
		}
		else {
			fresh(report, form.version());
		}
		report.write(form, hours(projectId, week), actor.userId(), clock.instant());
		try {
			return reports.saveAndFlush(report).getId();
		}
		catch (DataIntegrityViolationException raced) {
			throw new ObjectOptimisticLockingFailureException(WeeklyReport.class, week.name());
		}
	}

	/**
	 * Publishes the week's report, once it has a 本周概述 ({@code summary} refused otherwise); answers
	 * whether it was published (false with the refusal in {@code errors}).
	 */
	public boolean publish(SignedInUser actor, long projectId, String weekName, Long version, Errors errors) {
		WorkGrant grant = lead(actor, projectId);
		Week week = WeeklyReports.week(weekName, today());
		WeeklyReport found = reports.findByProjectIdAndWeek(projectId, week.name()).orElseThrow(RecordNotFound::new);
		WeeklyReport report = reports.lockById(found.getId()).orElseThrow(RecordNotFound::new);
		fresh(report, version);
		if (report.getSummary() == null) {
			errors.rejectValue("summary", "report.summary.required");
			return false;
		}
		if (report.publish(actor.userId(), clock.instant())) {
			events.publishEvent(new WeeklyReportPublished(actor.tenantId(), report.getId(), projectId, grant.name(),
					report.getWeek(), report.getSummary(), actor.userId(), readers(grant, actor.userId()), clock.instant()));
		}
		return true;
	}

	/** The hours logged on the project in the week, kept with the report. */
	private BigDecimal hours(long projectId, Week week) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(hours), 0) FROM projects_time_entry
				WHERE tenant_id = :tenant AND project_id = :project AND work_day BETWEEN :monday AND :sunday""")
			.param("tenant", TenantContext.require()).param("project", projectId)
			.param("monday", week.monday()).param("sunday", week.sunday()).query(BigDecimal.class).single();
	}

	/** The project's manager and members (observers too) but the publisher: who is told of the report. */
	private List<Long> readers(WorkGrant grant, long publisher) {
		Set<Long> readers = new LinkedHashSet<>();
		readers.add(grant.managerId());
		readers.addAll(jdbc.sql("SELECT user_id FROM projects_member WHERE tenant_id = :tenant AND project_id = :project ORDER BY id")
			.param("tenant", TenantContext.require()).param("project", grant.projectId()).query(Long.class).list());
		readers.remove(publisher);
		return List.copyOf(readers);
	}

	private WorkGrant lead(SignedInUser actor, long projectId) {
		WorkGrant grant = work.grant(actor, projectId);
		if (!grant.mayLead()) {
			throw new AccessDeniedException("weekly reports are written by who leads the project");
		}
		return grant;
	}

	private static boolean check(ReportForm form, Errors errors) {
		limit(form.summary(), ReportForm.SUMMARY, "summary", "report.summary.long", errors);
		limit(form.doneText(), ReportForm.TEXT, "doneText", "report.text.long", errors);
		limit(form.nextPlan(), ReportForm.TEXT, "nextPlan", "report.text.long", errors);
		limit(form.risks(), ReportForm.RISKS, "risks", "report.risks.long", errors);
		return !errors.hasErrors();
	}

	private static void limit(String text, int length, String field, String code, Errors errors) {
		if (!Texts.fits(text, length) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	private static void fresh(WeeklyReport report, Long version) {
		if (version != null && !Objects.equals(version, report.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(WeeklyReport.class, report.getId());
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
	}
}
