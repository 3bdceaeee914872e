package org.hutong.projects.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the project's work (tasks, later time and plans) may ask of a project: who may see it, who works
 * on it and who leads it. Members with the roles 负责人 · 技术负责人 · 成员 and the manager work on it (as
 * do write shares and whoever may change the project); 观察者 and read shares only read. A project the
 * user may not see is "not found".
 */
@Component
@Transactional(readOnly = true)
public class ProjectWork {

	/**
	 * One project as its work sees it for one user.
	 *
	 * @param workers the members who may be given work (everyone but observers), the manager first
	 * @param mayWork whether the user may create and edit its work
	 * @param mayLead whether the user may change how its work is organised (the board's columns)
	 */
	public record WorkGrant(long projectId, String code, String name, long managerId, List<Long> workers,
			boolean mayWork, boolean mayLead) {

		public boolean works(long userId) {
			return workers.contains(userId);
		}
	}

	private final ProjectAccess access;

	private final ProjectRepository projects;

	ProjectWork(ProjectAccess access, ProjectRepository projects) {
		this.access = access;
		this.projects = projects;
	}

	/** The project as the user may use it; not found when they may not see it. */
	public WorkGrant grant(SignedInUser user, long projectId) {
		return grant(user, access.readable(user, projectId));
	}

	/** Those of the projects the user may see, by id, with their names. */
	public Map<Long, String> visible(SignedInUser user, Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		return projects.findAllById(projectIds).stream().filter(p -> access.mayRead(user, p))
			.collect(Collectors.toMap(Project::getId, Project::getName));
	}

	private WorkGrant grant(SignedInUser user, Project project) {
		boolean leads = access.mayWrite(user, project);
		boolean member = project.member(user.userId()).filter(m -> m.getRole() != ProjectRole.OBSERVER).isPresent();
		List<Long> workers = project.getMembers().stream().filter(m -> m.getRole() != ProjectRole.OBSERVER)
			.sorted((a, b) -> Boolean.compare(b.getUserId() == project.getManagerId(), a.getUserId() == project.getManagerId()))
			.map(ProjectMember::getUserId).toList();
		return new WorkGrant(project.getId(), project.getCode(), project.getName(), project.getManagerId(), workers,
				leads || member, leads);
	}
}
