package org.hutong.projects.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hutong.identity.Colleagues;
import org.hutong.web.EnterpriseZone;
import org.springframework.stereotype.Component;

/** Tasks as rows: their people's, columns' and phases' names read once for the lot. */
@Component
class TaskRows {

	private final Colleagues colleagues;

	private final TaskColumnRepository columns;

	private final EntityManager entityManager;

	private final TaskCheckRepository checks;

	private final Clock clock;

	TaskRows(Colleagues colleagues, TaskColumnRepository columns, EntityManager entityManager,
			TaskCheckRepository checks, Clock clock) {
		this.colleagues = colleagues;
		this.checks = checks;
		this.columns = columns;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), EnterpriseZone.DEFAULT);
	}

	List<TaskRow> of(List<Task> tasks, Map<Long, String> projectNames, Predicate<Task> mayMove) {
		if (tasks.isEmpty()) {
			return List.of();
		}
		Map<Long, String> people = colleagues.names(tasks.stream().flatMap(t -> t.getAssigneeIds().stream()).distinct().toList());
		Map<Long, String> columnNames = columns.findByIdIn(tasks.stream().map(Task::getColumnId).distinct().toList()).stream()
			.collect(Collectors.toMap(TaskColumn::getId, TaskColumn::getName));
		Map<Long, String> phases = phaseNames(tasks.stream().map(Task::getPhaseId).filter(Objects::nonNull).distinct().toList());
		Map<Long, String> checklists = new java.util.HashMap<>();
		for (Object[] row : checks.progress(tasks.stream().map(Task::getId).toList())) {
			checklists.put((Long) row[0], ((Number) row[1]).longValue() + "/" + ((Number) row[2]).longValue());
		}
		LocalDate today = today();
		return tasks.stream().map(t -> new TaskRow(t.getId(), t.getProjectId(), projectNames.get(t.getProjectId()),
				t.getTitle(), t.getColumnId(), columnNames.get(t.getColumnId()), t.getCategory(), t.getPosition(),
				t.getDueDate(), t.overdueOn(today), t.getPriority(),
				t.getAssigneeIds().stream().map(id -> people.getOrDefault(id, "—")).collect(Collectors.joining("、")),
				t.getPhaseId() == null ? null : phases.get(t.getPhaseId()), t.getVersion(), mayMove.test(t),
				checklists.get(t.getId()))).toList();
	}

	Map<Long, String> names(Collection<Long> userIds) {
		return colleagues.names(userIds);
	}

	Map<Long, String> phaseNames(Collection<Long> phaseIds) {
		if (phaseIds.isEmpty()) {
			return Map.of();
		}
		return entityManager.createQuery("select p.id, p.name from Phase p where p.id in :ids", Object[].class)
			.setParameter("ids", phaseIds).getResultList().stream()
			.collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
	}

	/** What a task of the project may name: its phases in order, those who work on it, its active columns. */
	TaskChoices choices(org.hutong.projects.project.ProjectWork.WorkGrant grant) {
		List<TaskChoices.Option> phases = entityManager
			.createQuery("select p.id, p.name from Phase p where p.projectId = :projectId order by p.position", Object[].class)
			.setParameter("projectId", grant.projectId()).getResultList().stream()
			.map(r -> new TaskChoices.Option((Long) r[0], (String) r[1])).toList();
		Map<Long, String> people = colleagues.names(grant.workers());
		List<TaskChoices.Option> workers = grant.workers().stream()
			.map(id -> new TaskChoices.Option(id, people.getOrDefault(id, "—"))).toList();
		List<TaskChoices.Option> board = columns.findByProjectIdOrderByPosition(grant.projectId()).stream()
			.filter(TaskColumn::isActive).map(c -> new TaskChoices.Option(c.getId(), c.getName())).toList();
		return new TaskChoices(phases, workers, board);
	}
}
