package org.hutong.projects.task;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.ProjectRecords;
import org.hutong.projects.project.ProjectWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ProjectRecords} answered from the projects the user may see, a page of records in two queries. */
@Component
@Transactional(readOnly = true)
class TaskRecords implements ProjectRecords {

	private final ProjectWork work;

	private final TaskRepository tasks;

	private final EntityManager entityManager;

	TaskRecords(ProjectWork work, TaskRepository tasks, EntityManager entityManager) {
		this.work = work;
		this.tasks = tasks;
		this.entityManager = entityManager;
	}

	@Override
	public Set<Long> readableProjects(SignedInUser user, Collection<Long> projectIds) {
		return Set.copyOf(work.visible(user, projectIds).keySet());
	}

	@Override
	public Set<Long> readableTasks(SignedInUser user, Collection<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return Set.of();
		}
		Map<Long, Long> projectOf = tasks.findAllById(taskIds).stream()
			.collect(Collectors.toMap(Task::getId, Task::getProjectId));
		Set<Long> visible = readableProjects(user, Set.copyOf(projectOf.values()));
		return projectOf.entrySet().stream().filter(e -> visible.contains(e.getValue())).map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	@Override
	public Optional<String> projectName(long projectId) {
		List<String> names = entityManager.createQuery("select p.name from Project p where p.id = :id", String.class)
			.setParameter("id", projectId).getResultList();
		return names.stream().findFirst();
	}

	@Override
	public Optional<Long> managerOf(long projectId) {
		List<Long> managers = entityManager.createQuery("select p.managerId from Project p where p.id = :id", Long.class)
			.setParameter("id", projectId).getResultList();
		return managers.stream().findFirst();
	}

	@Override
	public Optional<String> taskTitle(long taskId) {
		return tasks.findById(taskId).map(Task::getTitle);
	}
}
