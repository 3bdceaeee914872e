package org.hutong.projects.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hutong.projects.time.Week;

/**
 * 项目周报: what a project did in one ISO week, what comes next and its risks, written by who leads the
 * project. It starts as a draft and is published once; a published report may still be corrected. The
 * week's hours are kept as they stood when it was last saved.
 */
@Entity
@Table(name = "projects_weekly_report")
public class WeeklyReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	private String week;

	@Column(name = "week_start")
	private LocalDate weekStart;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private String summary;

	@Column(name = "done_text")
	private String doneText;

	@Column(name = "next_plan")
	private String nextPlan;

	private String risks;

	@Column(name = "hours_total")
	private BigDecimal hoursTotal;

	@Column(name = "author_id")
	private long authorId;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private Long publishedBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected WeeklyReport() {
	}

	WeeklyReport(long projectId, Week week, long authorId, Instant now) {
		this.projectId = projectId;
		this.week = week.name();
		this.weekStart = week.monday();
		this.status = ReportStatus.DRAFT;
		this.authorId = authorId;
		this.createdAt = now;
		this.hoursTotal = BigDecimal.ZERO;
	}

	void write(ReportForm form, BigDecimal hours, long by, Instant now) {
		this.summary = form.summary();
		this.doneText = form.doneText();
		this.nextPlan = form.nextPlan();
		this.risks = form.risks();
		this.hoursTotal = hours;
		this.authorId = by;
		this.updatedAt = now;
	}

	/** Publishes a draft; answers whether it was one (publishing again changes nothing). */
	boolean publish(long by, Instant now) {
		if (status == ReportStatus.PUBLISHED) {
			return false;
		}
		this.status = ReportStatus.PUBLISHED;
		this.publishedAt = now;
		this.publishedBy = by;
		this.updatedAt = now;
		return true;
	}

	public Long getId() {
		return id;
	}

	public long getProjectId() {
		return projectId;
	}

	public String getWeek() {
		return week;
	}

	public LocalDate getWeekStart() {
		return weekStart;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public String getSummary() {
		return summary;
	}

	public String getDoneText() {
		return doneText;
	}

	public String getNextPlan() {
		return nextPlan;
	}

	public String getRisks() {
		return risks;
	}

	public BigDecimal getHoursTotal() {
		return hoursTotal;
	}

	public long getAuthorId() {
		return authorId;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
