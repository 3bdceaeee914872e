package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectWork;
import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Logging, changing and removing one's own hours. Only who works on the task's project (its manager,
 * members other than 观察者) logs on it, and not once the project has ended. The person's day is locked
 * ({@link DayLocks}) before its total is read, so concurrent saves never pass 24 h together. Refusals go
 * on the form's fields; a stale version is a conflict; someone else's entry is not found.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class TimeKeeping {

	/** The task as time sees it. */
	record TaskFacts(long projectId, Long phaseId, boolean ended) {
	}

	private final TimeEntryRepository entries;

	private final ProjectWork work;

	private final DayLocks days;

	private final JdbcClient jdbc;

	private final Clock clock;

	TimeKeeping(TimeEntryRepository entries, ProjectWork work, DayLocks days, JdbcClient jdbc, Clock clock) {
		this.entries = entries;
		this.work = work;
		this.days = days;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Logs the form's hours for the actor; the new entry's id, or {@code null} when refused. */
	public Long log(SignedInUser actor, TimeEntryForm form, Errors errors) {
		TaskFacts task = workable(actor, form.taskId(), errors);
		if (task == null) {
			return null;
		}
		if (form.day() != null) {
			days.lock(actor.userId(), form.day());
		}
		TimeEntry entry = new TimeEntry(actor.userId(), form.taskId(), task.projectId(), task.phaseId(), clock.instant());
		if (!record(entry, form, 0, errors)) {
			return null;
		}
		return entries.save(entry).getId();
	}

	/** Changes one of the actor's own entries (its task stays). */
	public void change(SignedInUser actor, long entryId, TimeEntryForm form, Errors errors) {
		TimeEntry entry = own(actor, entryId);
		fresh(entry, form.version());
		if (workable(actor, entry.getTaskId(), errors) == null) {
			return;
		}
		if (form.day() != null) {
			lockDays(actor.userId(), entry.getDay(), form.day());
		}
		record(entry, form, entry.getId(), errors);
	}

	/**
	 * Saves a cell of the 工时表: an empty cell with hours gets an entry, a cell's entry gets the new hours
	 * and note, and no hours (or 0) removes it.
	 */
	public void fill(SignedInUser actor, CellForm cell, Errors errors) {
		boolean none = cell.hours() == null || cell.hours().signum() == 0;
		TimeEntryForm form = new TimeEntryForm(cell.taskId(), cell.day(), cell.hours(), cell.note(), cell.version());
		if (cell.entryId() == null) {
			if (!none) {
				log(actor, form, errors);
			}
		}
		else if (none) {
			remove(actor, cell.entryId(), cell.version());
		}
		else {
			change(actor, cell.entryId(), form, errors);
		}
	}

	/** Removes one of the actor's own entries. */
	public void remove(SignedInUser actor, long entryId, Long version) {
		TimeEntry entry = own(actor, entryId);
		fresh(entry, version);
		entries.delete(entry);
	}

	/** Whether the actor may log hours on the task (it exists, they work on its project, it has not ended). */
	@Transactional(readOnly = true)
	public boolean mayLog(SignedInUser actor, long taskId) {
		try {
			return workable(actor, taskId, new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "task")) != null;
		}
		catch (RecordNotFound hidden) {
			return false;
		}
	}

	/** Today in the enterprise's zone: the last day hours may be logged for. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
	}

	private boolean record(TimeEntry entry, TimeEntryForm form, long except, Errors errors) {
		try {
			BigDecimal others = form.day() == null ? BigDecimal.ZERO : entries.dayTotal(entry.getUserId(), form.day(), except);
			TimeEntry.check(form.day(), form.hours(), form.note(), today(), others);
		}
		catch (TimeRefused refused) {
			errors.rejectValue(refused.field(), refused.code());
			return false;
		}
		entry.record(form.day(), form.hours(), form.note(), clock.instant());
		return true;
	}

	/** The task when the actor may log on it; otherwise {@code null} with the refusal on {@code taskId}. */
	private TaskFacts workable(SignedInUser actor, Long taskId, Errors errors) {
		TaskFacts task = taskId == null ? null : facts(taskId);
		if (task == null || !work.visible(actor, List.of(task.projectId())).containsKey(task.projectId())) {
			errors.rejectValue("taskId", taskId == null ? "time.required" : "time.task.unknown");
			return null;
		}
		WorkGrant grant = work.grant(actor, task.projectId());
		if (!grant.works(actor.userId()) && grant.managerId() != actor.userId()) {
			errors.rejectValue("taskId", "time.task.notMember");
			return null;
		}
		if (task.ended()) {
			errors.rejectValue("taskId", "time.project.ended");
			return null;
		}
		return task;
	}

	private TaskFacts facts(long taskId) {
		return jdbc.sql("""
				SELECT t.project_id, t.phase_id, p.status FROM projects_task t JOIN projects_project p ON p.id = t.project_id
				WHERE t.tenant_id = :tenant AND t.id = :id""").param("tenant", TenantContext.require()).param("id", taskId)
			.query((rs, n) -> new TaskFacts(rs.getLong(1), (Long) rs.getObject(2, Long.class),
					"KILLED".equals(rs.getString(3)) || "CLOSED".equals(rs.getString(3))))
			.optional().orElse(null);
	}

	private TimeEntry own(SignedInUser actor, long entryId) {
		TimeEntry entry = entries.lockById(entryId).orElseThrow(RecordNotFound::new);
		if (entry.getUserId() != actor.userId()) {
			throw new RecordNotFound();
		}
		return entry;
	}

	/** Both days locked in order, so two changes moving hours between the same days wait rather than deadlock. */
	private void lockDays(long userId, LocalDate one, LocalDate other) {
		if (Objects.equals(one, other) || one.isBefore(other)) {
			days.lock(userId, one);
			if (!one.equals(other)) {
				days.lock(userId, other);
			}
		}
		else {
			days.lock(userId, other);
			days.lock(userId, one);
		}
	}

	private static void fresh(TimeEntry entry, Long version) {
		if (version != null && version != entry.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(TimeEntry.class, entry.getId());
		}
	}
}
