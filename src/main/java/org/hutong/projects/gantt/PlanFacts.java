package org.hutong.projects.gantt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.projects.plan.Dependency;
import org.hutong.projects.plan.ItemKind;
import org.hutong.projects.plan.Plan;
import org.hutong.projects.plan.PlanItem;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Component;

/**
 * A project's plan as stored, in one query per kind whatever its size: its phases, milestones, tasks
 * and their dependencies. Items are keyed {@code P12}, {@code M7}, {@code T40}. A task with only a start
 * or only a due day lasts that day; one with neither is unscheduled and stays off the chart, as do
 * cancelled tasks and phases without planned dates.
 */
@Component
class PlanFacts {

	private final TenantJdbc jdbc;

	PlanFacts(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/** One row of the plan; {@code version} is the task's (for a drag), 0 for others. */
	record Row(String key, ItemKind kind, long id, String name, Long phaseId, LocalDate start, LocalDate end,
			boolean done, long version) {

		Row dated(LocalDate start, LocalDate end) {
			return new Row(key, kind, id, name, phaseId, start, end, done, version);
		}
	}

	record Link(long id, long predecessorId, long successorId, int lagDays) {
	}

	/** @param undated tasks (open or done) that have no date at all */
	record Stored(long projectId, LocalDate plannedStart, List<Row> phases, List<Row> milestones, List<Row> tasks,
			List<Row> undated, List<Link> links) {

		List<Row> all() {
			List<Row> all = new ArrayList<>(phases);
			all.addAll(milestones);
			all.addAll(tasks);
			return all;
		}

		/** A task of the project on the chart, or null. */
		Row task(long id) {
			return tasks.stream().filter(t -> t.id() == id).findFirst().orElse(null);
		}

		/** A task of the project without dates, or null. */
		Row undatedTask(long id) {
			return undated.stream().filter(t -> t.id() == id).findFirst().orElse(null);
		}

		/** The plan with these links and, for a task moved, its new dates. */
		Plan plan(List<Link> links, Map<Long, Row> moved) {
			return plan(links, moved, true);
		}

		/** The same, the tasks in their phases or (inPhases false) as if they had none. */
		Plan plan(List<Link> links, Map<Long, Row> moved, boolean inPhases) {
			List<PlanItem> items = new ArrayList<>();
			LocalDate start = plannedStart;
			Set<Long> phaseIds = new HashSet<>();
			for (Row phase : phases) {
				phaseIds.add(phase.id());
				items.add(done(PlanItem.phase(phase.key(), phase.name(), phase.start(), phase.end()), phase));
				start = earlier(start, phase.start());
			}
			for (Row milestone : milestones) {
				items.add(done(PlanItem.milestone(milestone.key(), milestone.name(), milestone.start()), milestone));
				start = earlier(start, milestone.start());
			}
			Set<Long> taskIds = new HashSet<>();
			for (Row row : tasks) {
				Row task = moved.getOrDefault(row.id(), row);
				taskIds.add(task.id());
				String phase = inPhases && task.phaseId() != null && phaseIds.contains(task.phaseId()) ? "P" + task.phaseId()
						: null;
				items.add(done(PlanItem.task(task.key(), task.name(), phase, task.start(), task.end()), task));
				start = earlier(start, task.start());
			}
			for (Row task : moved.values()) {
				if (taskIds.add(task.id())) {
					String phase = inPhases && task.phaseId() != null && phaseIds.contains(task.phaseId())
							? "P" + task.phaseId() : null;
					items.add(done(PlanItem.task(task.key(), task.name(), phase, task.start(), task.end()), task));
					start = earlier(start, task.start());
				}
			}
			List<Dependency> dependencies = links.stream()
				.filter(l -> taskIds.contains(l.predecessorId()) && taskIds.contains(l.successorId()))
				.map(l -> new Dependency("T" + l.predecessorId(), "T" + l.successorId(), l.lagDays()))
				.toList();
			return new Plan(start == null ? LocalDate.now(org.hutong.web.EnterpriseZone.DEFAULT) : start, items, dependencies);
		}

		private static PlanItem done(PlanItem item, Row row) {
			return row.done() ? item.asDone() : item;
		}

		private static LocalDate earlier(LocalDate a, LocalDate b) {
			return a == null ? b : b == null || a.isBefore(b) ? a : b;
		}
	}

	Stored load(long projectId) {
		LocalDate plannedStart = jdbc.sql("SELECT planned_start FROM projects_project WHERE tenant_id = :tenantId AND id = :p")
			.param("p", projectId).query(LocalDate.class).optional().orElse(null);
		List<Row> phases = jdbc.sql("""
				SELECT id, name, planned_start, planned_end, status FROM projects_phase
				WHERE tenant_id = :tenantId AND project_id = :p AND planned_start IS NOT NULL AND planned_end IS NOT NULL
				AND planned_end >= planned_start ORDER BY position, id""")
			.param("p", projectId)
			.query((rs, n) -> new Row("P" + rs.getLong(1), ItemKind.PHASE, rs.getLong(1), rs.getString(2), null,
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), "DONE".equals(rs.getString(5)), 0))
			.list();
		List<Row> milestones = jdbc.sql("""
				SELECT id, name, phase_id, due_on, status FROM projects_milestone
				WHERE tenant_id = :tenantId AND project_id = :p ORDER BY due_on, id""")
			.param("p", projectId)
			.query((rs, n) -> new Row("M" + rs.getLong(1), ItemKind.MILESTONE, rs.getLong(1), rs.getString(2),
					rs.getObject(3, Long.class), rs.getObject(4, LocalDate.class), rs.getObject(4, LocalDate.class),
					"REACHED".equals(rs.getString(5)), 0))
			.list();
		List<Row> tasks = new ArrayList<>();
		List<Row> undated = new ArrayList<>();
		jdbc.sql("""
				SELECT id, title, phase_id, start_date, due_date, category, version FROM projects_task
				WHERE tenant_id = :tenantId AND project_id = :p AND category <> 'CANCELLED'
				ORDER BY COALESCE(start_date, due_date), id""")
			.param("p", projectId)
			.query((rs, n) -> {
				LocalDate start = rs.getObject(4, LocalDate.class);
				LocalDate due = rs.getObject(5, LocalDate.class);
				Row row = new Row("T" + rs.getLong(1), ItemKind.TASK, rs.getLong(1), rs.getString(2),
						rs.getObject(3, Long.class), start != null ? start : due, due != null ? due : start,
						"DONE".equals(rs.getString(6)), rs.getLong(7));
				(row.start() == null ? undated : tasks).add(row);
				return row;
			})
			.list();
		return new Stored(projectId, plannedStart, phases, milestones, tasks, undated, links(projectId));
	}

	List<Link> links(long projectId) {
		return jdbc.sql("""
				SELECT id, predecessor_id, successor_id, lag_days FROM projects_task_dependency
				WHERE tenant_id = :tenantId AND project_id = :p ORDER BY id""")
			.param("p", projectId)
			.query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)))
			.list();
	}

	/** The project of a task of the enterprise, or null. */
	Long projectOf(long taskId) {
		return jdbc.sql("SELECT project_id FROM projects_task WHERE tenant_id = :tenantId AND id = :id")
			.param("id", taskId).query(Long.class).optional().orElse(null);
	}

	/** Locks the task's row and answers its version, or null when it is not the project's. */
	Long lockTask(long projectId, long taskId) {
		return jdbc.sql("SELECT version FROM projects_task WHERE tenant_id = :tenantId AND id = :id AND project_id = :p "
				+ "FOR UPDATE").param("id", taskId).param("p", projectId).query(Long.class).optional().orElse(null);
	}

	/** New dates of a task the caller locked, at the version it read; false when the version moved on. */
	boolean reschedule(long taskId, long version, LocalDate start, LocalDate due, java.time.Instant now) {
		return jdbc.sql("""
				UPDATE projects_task SET start_date = :start, due_date = :due, updated_at = :now, version = version + 1
				WHERE tenant_id = :tenantId AND id = :id AND version = :version""")
			.param("start", start).param("due", due).param("now", java.sql.Timestamp.from(now)).param("id", taskId)
			.param("version", version).update() == 1;
	}

	/** A baseline's items by plan key, read in one statement. */
	Map<String, LocalDate[]> baselineItems(long baselineId) {
		Map<String, LocalDate[]> items = new HashMap<>();
		jdbc.sql("""
				SELECT item_kind, item_id, start_on, finish_on FROM projects_plan_baseline_item
				WHERE tenant_id = :tenantId AND baseline_id = :b""")
			.param("b", baselineId)
			.query((rs, n) -> items.put(rs.getString(1).charAt(0) + String.valueOf(rs.getLong(2)),
					new LocalDate[] { rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class) }))
			.list();
		return items;
	}

	void saveBaselineItems(long tenantId, long baselineId, List<Map<String, Object>> rows) {
		jdbc.batch(tenantId, """
				INSERT INTO projects_plan_baseline_item (tenant_id, baseline_id, item_kind, item_id, start_on, finish_on)
				VALUES (:tenantId, :baseline, :kind, :item, :start, :finish)""",
				rows.stream().map(row -> {
					Map<String, Object> values = new HashMap<>(row);
					values.put("baseline", baselineId);
					return (Map<String, Object>) values;
				}).toList());
	}
}
