package org.hutong.projects.gantt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.projects.gantt.GanttPage.BaselineChoice;
import org.hutong.projects.gantt.GanttPage.DependencyView;
import org.hutong.projects.gantt.GanttPage.Group;
import org.hutong.projects.gantt.GanttPage.Line;
import org.hutong.projects.gantt.GanttPage.TaskChoice;
import org.hutong.projects.gantt.PlanFacts.Link;
import org.hutong.projects.gantt.PlanFacts.Row;
import org.hutong.projects.gantt.PlanFacts.Stored;
import org.hutong.projects.plan.BaselineComparison;
import org.hutong.projects.plan.BaselineItem;
import org.hutong.projects.plan.ItemKind;
import org.hutong.projects.plan.PlanRefusal;
import org.hutong.projects.plan.Schedule;
import org.hutong.projects.plan.ScheduleResult;
import org.hutong.projects.plan.ScheduledItem;
import org.hutong.projects.plan.Scheduling;
import org.hutong.projects.plan.Slip;
import org.hutong.projects.project.ProjectWork.WorkGrant;

/**
 * A stored plan scheduled and laid out for the Gantt page, without the database: {@link Gantt} loads
 * the plan and its baselines and checks who asks; this turns them into dates, float, the critical path,
 * the lines by phase and the comparison with a baseline.
 */
final class GanttLayout {

	private static final Comparator<Line> BY_START = Comparator.comparing(Line::start).thenComparing(Line::key);

	private GanttLayout() {
	}

	/**
	 * The scheduler's result. A stored plan refused only for tasks outside their phases (dates changed
	 * on the task's own page) is scheduled as if the tasks had no phase, so its critical path still
	 * shows, the conflicts beside it; one refused otherwise keeps its stored dates, nothing critical.
	 */
	static Scheduled schedule(Stored stored) {
		ScheduleResult result = Scheduling.schedule(stored.plan(stored.links(), Map.of()));
		if (!result.refused()) {
			return new Scheduled(result.schedule(), List.of(), true);
		}
		if (result.refusals().stream().allMatch(GanttLayout::aboutPhases)) {
			ScheduleResult loose = Scheduling.schedule(stored.plan(stored.links(), Map.of(), false));
			if (!loose.refused()) {
				return new Scheduled(loose.schedule(), result.refusals(), true);
			}
		}
		List<ScheduledItem> items = new ArrayList<>();
		LocalDate finish = null;
		for (Row row : stored.all()) {
			items.add(new ScheduledItem(row.key(), row.kind(), row.name(), row.start(), row.end(), row.start(), row.end(),
					0, false));
			finish = finish == null || row.end().isAfter(finish) ? row.end() : finish;
		}
		return new Scheduled(new Schedule(items, finish == null ? stored.plan(List.of(), Map.of()).projectStart() : finish,
				List.of()), result.refusals(), false);
	}

	private static boolean aboutPhases(PlanRefusal refusal) {
		return refusal.code() == PlanRefusal.Code.TASK_ENDS_AFTER_PHASE
				|| refusal.code() == PlanRefusal.Code.TASK_STARTS_BEFORE_PHASE;
	}

	/** @param scheduled whether the dates are the scheduler's (float and critical path mean something) */
	record Scheduled(Schedule schedule, List<PlanRefusal> refusals, boolean scheduled) {
	}

	/**
	 * The page of a stored plan: its schedule by phase (a phase's line, then its tasks and milestones by
	 * start; those of no phase last), the dependencies, and the comparison with the chosen baseline.
	 *
	 * @param kept the project's baselines, newest first; {@code chosen} among them or null
	 * @param then the chosen baseline's start and finish by item key
	 */
	static GanttPage page(WorkGrant grant, Stored stored, List<PlanBaseline> kept, PlanBaseline chosen,
			Map<String, LocalDate[]> then) {
		Scheduled scheduled = schedule(stored);
		Map<String, ScheduledItem> items = scheduled.schedule().byId();
		BaselineComparison comparison = chosen == null ? null
				: BaselineComparison.of(then.entrySet().stream()
					.map(e -> new BaselineItem(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(), scheduled.schedule());
		Map<String, List<String>> predecessors = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		stored.tasks().forEach(t -> names.put(t.id(), t.name()));
		stored.undated().forEach(t -> names.put(t.id(), t.name()));
		for (Link link : stored.links()) {
			if (items.containsKey("T" + link.predecessorId()) && items.containsKey("T" + link.successorId())) {
				predecessors.computeIfAbsent("T" + link.successorId(), k -> new ArrayList<>()).add("T" + link.predecessorId());
			}
		}
		Map<Long, int[]> phaseDone = new HashMap<>();
		for (Row task : stored.tasks()) {
			if (task.phaseId() != null) {
				int[] counts = phaseDone.computeIfAbsent(task.phaseId(), k -> new int[2]);
				counts[0] += task.done() ? 1 : 0;
				counts[1]++;
			}
		}
		Map<Long, List<Line>> byPhase = new LinkedHashMap<>();
		List<Line> outside = new ArrayList<>();
		Map<Long, Line> phaseLines = new LinkedHashMap<>();
		Set<Long> phaseIds = new HashSet<>();
		stored.phases().forEach(p -> phaseIds.add(p.id()));
		for (Row row : stored.all()) {
			ScheduledItem item = items.get(row.key());
			int progress = row.done() ? 100 : row.kind() == ItemKind.PHASE ? percent(phaseDone.get(row.id())) : 0;
			Slip slip = comparison == null ? null : comparison.slip(row.key());
			LocalDate[] saved = then.get(row.key());
			Line line = new Line(row.key(), row.kind().name(), row.id(), row.name(), item.earlyStart(), item.earlyFinish(),
					progress, item.critical(), row.done(), scheduled.scheduled() ? item.totalFloatDays() : null,
					predecessors.getOrDefault(row.key(), List.of()), saved == null ? null : saved[0],
					saved == null ? null : saved[1], slip == null ? null : slip.finishDays(),
					row.kind() == ItemKind.TASK ? row.version() : null);
			if (row.kind() == ItemKind.PHASE) {
				phaseLines.put(row.id(), line);
				byPhase.put(row.id(), new ArrayList<>());
			}
			else if (row.phaseId() != null && phaseIds.contains(row.phaseId())) {
				byPhase.get(row.phaseId()).add(line);
			}
			else {
				outside.add(line);
			}
		}
		List<Group> groups = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		byPhase.forEach((phaseId, members) -> {
			members.sort(BY_START);
			groups.add(new Group(phaseLines.get(phaseId), members));
			lines.add(phaseLines.get(phaseId));
			lines.addAll(members);
		});
		if (!outside.isEmpty()) {
			outside.sort(BY_START);
			groups.add(new Group(null, outside));
			lines.addAll(outside);
		}
		List<DependencyView> views = stored.links().stream()
			.map(l -> new DependencyView(l.id(), l.predecessorId(), names.getOrDefault(l.predecessorId(), "#" + l.predecessorId()),
					l.successorId(), names.getOrDefault(l.successorId(), "#" + l.successorId()), l.lagDays(),
					critical(items, l.predecessorId()) && critical(items, l.successorId())))
			.toList();
		List<TaskChoice> tasks = stored.tasks().stream().map(t -> new TaskChoice(t.id(), t.name())).toList();
		return new GanttPage(grant.projectId(), grant.code(), grant.name(), grant.mayLead(), scheduled.refusals(), lines,
				groups, views, kept.stream().map(b -> new BaselineChoice(b.getId(), b.getName(), b.getTakenAt())).toList(),
				chosen == null ? null : new BaselineChoice(chosen.getId(), chosen.getName(), chosen.getTakenAt()),
				comparison == null ? null : comparison.finishSlipDays(), scheduled.schedule().projectFinish(),
				(int) stored.undated().stream().filter(t -> !t.done()).count(), tasks);
	}

	private static boolean critical(Map<String, ScheduledItem> items, long taskId) {
		ScheduledItem item = items.get("T" + taskId);
		return item != null && item.critical();
	}

	private static int percent(int[] counts) {
		return counts == null || counts[1] == 0 ? 0 : counts[0] * 100 / counts[1];
	}
}
