package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * 工时: hours one person worked on a task on a day, with a note. Hours are above 0 and at most 24 in
 * steps of at most two decimals; the day is never in the future; the person's day across all tasks
 * stays within 24 h ({@link #check}). The task's project and phase are copied when logged.
 */
@Entity
@Table(name = "projects_time_entry")
public class TimeEntry {

	static final BigDecimal DAY = BigDecimal.valueOf(24);

	static final int NOTE = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "user_id")
	private long userId;

	@Column(name = "task_id")
	private long taskId;

	@Column(name = "project_id")
	private long projectId;

	@Column(name = "phase_id")
	private Long phaseId;

	@Column(name = "work_day")
	private LocalDate day;

	private BigDecimal hours;

	private String note;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected TimeEntry() {
	}

	TimeEntry(long userId, long taskId, long projectId, Long phaseId, Instant now) {
		this.userId = userId;
		this.taskId = taskId;
		this.projectId = projectId;
		this.phaseId = phaseId;
		this.createdAt = now;
	}

	/**
	 * Refuses hours outside (0, 24] or with more than two decimals, a day after today, a note over 200
	 * characters, and a day whose total with the person's other entries of that day passes 24 h.
	 */
	static void check(LocalDate day, BigDecimal hours, String note, LocalDate today, BigDecimal othersThatDay) {
		if (hours == null) {
			throw new TimeRefused("hours", "time.required");
		}
		if (hours.signum() <= 0 || hours.compareTo(DAY) > 0) {
			throw new TimeRefused("hours", "time.hours.range");
		}
		if (hours.stripTrailingZeros().scale() > 2) {
			throw new TimeRefused("hours", "time.hours.scale");
		}
		if (day == null) {
			throw new TimeRefused("day", "time.required");
		}
		if (day.isAfter(today)) {
			throw new TimeRefused("day", "time.day.future");
		}
		if (note != null && note.strip().length() > NOTE) {
			throw new TimeRefused("note", "time.note.long");
		}
		if (othersThatDay.add(hours).compareTo(DAY) > 0) {
			throw new TimeRefused("hours", "time.day.full");
		}
	}

	void record(LocalDate day, BigDecimal hours, String note, Instant now) {
		this.day = day;
		this.hours = hours.setScale(2, java.math.RoundingMode.UNNECESSARY);
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public long getTaskId() {
		return taskId;
	}

	public long getProjectId() {
		return projectId;
	}

	public Long getPhaseId() {
		return phaseId;
	}

	public LocalDate getDay() {
		return day;
	}

	public BigDecimal getHours() {
		return hours;
	}

	public String getNote() {
		return note;
	}

	public long getVersion() {
		return version;
	}
}
