package org.hutong.projects.gantt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.gantt.GanttPage.DependencyView;
import org.hutong.projects.gantt.PlanFacts.Link;
import org.hutong.projects.gantt.PlanFacts.Row;
import org.hutong.projects.gantt.PlanFacts.Stored;
import org.hutong.projects.plan.PlanRefusal;
import org.hutong.projects.plan.Schedule;
import org.hutong.projects.plan.ScheduledItem;
import org.hutong.projects.plan.Scheduling;
import org.hutong.projects.project.ProjectParticipation;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectWork;
import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A project's Gantt: its plan scheduled by {@link Scheduling} (the chart only draws), its task
 * dependencies added and removed, a task's dates moved (a dragged bar) and baselines saved and
 * compared. Whoever sees the project reads it; its manager, 负责人 and 技术负责人 plan it — others are
 * refused (403). A change is refused when it brings the plan a refusal it did not already have (a
 * cycle, a task starting before its predecessor allows, a task outside its phase), each with its
 * localised reason; the project's row is locked first, so two planners change it one after the other.
 * Loading a plan takes a fixed number of queries whatever its size.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class Gantt {

	static final int LAG_LIMIT = 365;

	static final int NAME_LIMIT = 50;

	private static final DateTimeFormatter DEFAULT_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PlanFacts facts;

	private final TaskDependencyRepository dependencies;

	private final PlanBaselineRepository baselines;

	private final ProjectWork work;

	private final ProjectParticipation participation;

	private final Clock clock;

	Gantt(PlanFacts facts, TaskDependencyRepository dependencies, PlanBaselineRepository baselines, ProjectWork work,
			ProjectParticipation participation, Clock clock) {
		this.facts = facts;
		this.dependencies = dependencies;
		this.baselines = baselines;
		this.work = work;
		this.participation = participation;
		this.clock = clock;
	}

	/** The scheduled plan compared with the baseline named (null: the newest); an unknown one is not found. */
	@Transactional(readOnly = true)
	public GanttPage page(SignedInUser reader, long projectId, Long baselineId) {
		WorkGrant grant = work.grant(reader, projectId);
		return view(grant, facts.load(projectId), baselineId);
	}

	/** The project's dependencies, in the order they were added. */
	@Transactional(readOnly = true)
	public List<DependencyView> dependencies(SignedInUser reader, long projectId) {
		return page(reader, projectId, null).dependencies();
	}

	/** Adds a dependency; its id, or null when refused (on the fields, or the plan's reasons on the whole). */
	public Long link(SignedInUser actor, long projectId, DependencyForm form, Errors errors) {
		mayPlan(actor, projectId);
		int lag = form.lagDays() == null ? 0 : form.lagDays();
		if (form.predecessorId() == null) {
			errors.rejectValue("predecessorId", "gantt.dependency.required");
		}
		if (form.successorId() == null) {
			errors.rejectValue("successorId", "gantt.dependency.required");
		}
		if (Math.abs(lag) > LAG_LIMIT) {
			errors.rejectValue("lagDays", "gantt.dependency.lag.range", new Object[] { LAG_LIMIT }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		long predecessor = form.predecessorId();
		long successor = form.successorId();
		if (predecessor == successor) {
			errors.rejectValue("successorId", "gantt.dependency.self");
			return null;
		}
		Stored stored = facts.load(projectId);
		plannable(stored, predecessor, "predecessorId", errors);
		plannable(stored, successor, "successorId", errors);
		if (errors.hasErrors()) {
			return null;
		}
		if (dependencies.existsByPredecessorIdAndSuccessorId(predecessor, successor)) {
			errors.rejectValue("successorId", "gantt.dependency.exists");
			return null;
		}
		List<Link> links = new ArrayList<>(stored.links());
		links.add(new Link(0, predecessor, successor, lag));
		if (refuse(newRefusals(stored, links, Map.of()), errors)) {
			return null;
		}
		return dependencies.save(new TaskDependency(projectId, predecessor, successor, lag, actor.userId(),
				clock.instant())).getId();
	}

	/** Removes one of the project's dependencies; one of another project is not found. */
	public void unlink(SignedInUser actor, long projectId, long dependencyId) {
		mayPlan(actor, projectId);
		TaskDependency dependency = dependencies.findById(dependencyId).filter(d -> d.getProjectId() == projectId)
			.orElseThrow(RecordNotFound::new);
		dependencies.delete(dependency);
	}

	/**
	 * Gives a task of the project new dates (a bar dragged or resized) at the version the chart read
	 * (stale: a conflict); false when refused, on {@code start}/{@code end} or with the plan's reasons.
	 */
	public boolean move(SignedInUser actor, long projectId, long taskId, LocalDate start, LocalDate end, Long version,
			Errors errors) {
		mayPlan(actor, projectId);
		Long current = facts.lockTask(projectId, taskId);
		if (current == null) {
			throw new RecordNotFound();
		}
		if (version != null && version.longValue() != current) {
			throw new ObjectOptimisticLockingFailureException("Task", taskId);
		}
		if (start == null) {
			errors.rejectValue("start", "gantt.move.required");
		}
		if (end == null) {
			errors.rejectValue("end", "gantt.move.required");
		}
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("end", "gantt.move.endBeforeStart");
		}
		if (errors.hasErrors()) {
			return false;
		}
		Stored stored = facts.load(projectId);
		Row task = stored.task(taskId) != null ? stored.task(taskId) : stored.undatedTask(taskId);
		if (task == null) {
			errors.reject("gantt.move.cancelled");
			return false;
		}
		if (refuse(newRefusals(stored, stored.links(), Map.of(taskId, task.dated(start, end))), errors)) {
			return false;
		}
		if (!facts.reschedule(taskId, current, start, end, clock.instant())) {
			throw new ObjectOptimisticLockingFailureException("Task", taskId);
		}
		return true;
	}

	/** Saves the plan's current dates as a baseline (no name: the day and time); its id, or null when refused. */
	public Long saveBaseline(SignedInUser actor, long projectId, String name, Errors errors) {
		mayPlan(actor, projectId);
		String stripped = name == null || name.isBlank()
				? LocalDateTime.now(clock.withZone(EnterpriseZone.DEFAULT)).format(DEFAULT_NAME) : name.strip();
		if (stripped.length() > NAME_LIMIT) {
			errors.rejectValue("name", "gantt.baseline.name.tooLong", new Object[] { NAME_LIMIT }, null);
			return null;
		}
		Stored stored = facts.load(projectId);
		Schedule schedule = GanttLayout.schedule(stored).schedule();
		if (schedule.items().isEmpty()) {
			errors.reject("gantt.baseline.empty");
			return null;
		}
		PlanBaseline baseline = baselines.save(new PlanBaseline(projectId, stripped, actor.userId(), clock.instant()));
		Map<String, Row> rows = byKey(stored);
		List<Map<String, Object>> items = new ArrayList<>();
		for (ScheduledItem item : schedule.items()) {
			Row row = rows.get(item.id());
			items.add(Map.of("kind", row.kind().name(), "item", row.id(), "start", item.earlyStart(), "finish",
					item.earlyFinish()));
		}
		facts.saveBaselineItems(TenantContext.require(), baseline.getId(), items);
		return baseline.getId();
	}

	private void mayPlan(SignedInUser actor, long projectId) {
		participation.locked(actor, projectId);
		if (!work.grant(actor, projectId).mayLead()) {
			throw new AccessDeniedException("only the project's manager, 负责人 and 技术负责人 plan it");
		}
	}

	private static void plannable(Stored stored, long taskId, String field, Errors errors) {
		if (stored.task(taskId) != null) {
			return;
		}
		Row undated = stored.undatedTask(taskId);
		if (undated != null) {
			errors.rejectValue(field, "gantt.dependency.undated", new Object[] { undated.name() }, null);
		}
		else {
			errors.rejectValue(field, "gantt.dependency.otherProject");
		}
	}

	/** The refusals the changed plan has that the stored one had not: those the change brings. */
	private static List<PlanRefusal> newRefusals(Stored stored, List<Link> links, Map<Long, Row> moved) {
		Set<String> before = new HashSet<>();
		Scheduling.schedule(stored.plan(stored.links(), Map.of())).refusals().forEach(r -> before.add(key(r)));
		return Scheduling.schedule(stored.plan(links, moved)).refusals().stream()
			.filter(r -> !before.contains(key(r)))
			.toList();
	}

	private static String key(PlanRefusal refusal) {
		return refusal.code() + ":" + refusal.itemIds();
	}

	private static boolean refuse(List<PlanRefusal> refusals, Errors errors) {
		refusals.forEach(r -> errors.reject(r.messageKey(), r.messageArguments(), null));
		return !refusals.isEmpty();
	}

	private static Map<String, Row> byKey(Stored stored) {
		Map<String, Row> rows = new LinkedHashMap<>();
		stored.all().forEach(row -> rows.put(row.key(), row));
		return rows;
	}

	private GanttPage view(WorkGrant grant, Stored stored, Long baselineId) {
		List<PlanBaseline> kept = baselines.findByProjectIdOrderByTakenAtDescIdDesc(stored.projectId());
		PlanBaseline chosen = baselineId == null ? kept.stream().findFirst().orElse(null)
				: kept.stream().filter(b -> b.getId().equals(baselineId)).findFirst().orElseThrow(RecordNotFound::new);
		Map<String, LocalDate[]> then = chosen == null ? Map.of() : facts.baselineItems(chosen.getId());
		return GanttLayout.page(grant, stored, kept, chosen, then);
	}
}
