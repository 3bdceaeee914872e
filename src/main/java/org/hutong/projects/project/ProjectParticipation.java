package org.hutong.projects.project;

import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * How a user stands in a project, for the project's parts kept in other folders (deliverables, …):
 * whether they see it at all ("not found" otherwise, so ids reveal nothing) and whether they
 * contribute to its work — the manager, members as 负责人, 技术负责人 or 成员, a write share and whoever
 * may change the project by data scope. 观察者 and read shares only read.
 */
@Component
public class ProjectParticipation {

	private final ProjectAccess access;

	private final ProjectRepository projects;

	ProjectParticipation(ProjectAccess access, ProjectRepository projects) {
		this.access = access;
		this.projects = projects;
	}

	/**
	 * @param contributes whether the user works on it (uploads, adds …), not only reads it
	 */
	public record Standing(long projectId, String name, ProjectStatus status, boolean contributes) {
	}

	/** The user's standing in a project they may see. */
	public Standing of(SignedInUser user, long projectId) {
		return standing(user, access.readable(user, projectId));
	}

	/** The same, the project's row locked until the transaction ends (before anything else reads it). */
	public Standing locked(SignedInUser user, long projectId) {
		Project project = projects.lockById(projectId).orElseThrow(RecordNotFound::new);
		if (!access.mayRead(user, project)) {
			throw new RecordNotFound();
		}
		return standing(user, project);
	}

	private Standing standing(SignedInUser user, Project project) {
		boolean member = project.member(user.userId()).filter(m -> m.getRole() != ProjectRole.OBSERVER).isPresent();
		return new Standing(project.getId(), project.getName(), project.getStatus(),
				member || access.mayWrite(user, project));
	}
}
