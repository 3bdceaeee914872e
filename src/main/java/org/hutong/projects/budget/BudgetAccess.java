package org.hutong.projects.budget;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectParticipation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads and who keeps a project's budget: whoever sees the project reads it (others do not find
 * it); its manager and 负责人 keep lines and costs — others who see it are refused (403).
 */
@Component
class BudgetAccess {

	private final ProjectParticipation participation;

	private final ProjectFacts projects;

	BudgetAccess(ProjectParticipation participation, ProjectFacts projects) {
		this.participation = participation;
		this.projects = projects;
	}

	void reads(SignedInUser reader, long projectId) {
		participation.of(reader, projectId);
	}

	boolean keeps(SignedInUser user, long projectId) {
		return projects.keeps(projectId, user.userId());
	}

	/** Locks the project's row (before anything else reads it) and checks the actor keeps its budget. */
	void mayKeep(SignedInUser actor, long projectId) {
		participation.locked(actor, projectId);
		if (!keeps(actor, projectId)) {
			throw new AccessDeniedException("only the project's manager and 负责人 keep its budget");
		}
	}
}
