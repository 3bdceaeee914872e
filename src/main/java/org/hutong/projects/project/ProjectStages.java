package org.hutong.projects.project;

import java.time.Clock;
import java.time.LocalDate;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a gate review may do to its project, for {@code gate}: read it, lock it before anything else
 * reads it in the transaction, let it through the current gate (the next phase entered, or 已结项 after
 * the last), end it (已终止), pause it (暂停) or set it going again. Who may decide is the gate's
 * business: these check nothing but that the project is there.
 */
@Service
@Transactional
public class ProjectStages {

	private final ProjectRepository projects;

	private final ProjectAccess access;

	private final LifecycleSnapshots lifecycles;

	private final Clock clock;

	ProjectStages(ProjectRepository projects, ProjectAccess access, LifecycleSnapshots lifecycles, Clock clock) {
		this.projects = projects;
		this.access = access;
		this.lifecycles = lifecycles;
		this.clock = clock;
	}

	/**
	 * A project as its gates see it.
	 *
	 * @param leads whether the user asking is its manager or a 负责人 (who request its reviews)
	 * @param readable whether the user asking may read the project
	 */
	public record Staged(long id, String code, String name, long managerId, ProjectStatus status, Long contractId,
			Long currentPhaseId, boolean leads, boolean readable) {
	}

	/** The project for the user (who may be a gatekeeper outside its members: {@code readable} says). */
	@Transactional(readOnly = true)
	public Staged find(SignedInUser user, long id) {
		return staged(user, projects.findById(id).orElseThrow(RecordNotFound::new));
	}

	/** The project locked for a gate's change. */
	public Staged lock(SignedInUser user, long id) {
		return staged(user, projects.lockById(id).orElseThrow(RecordNotFound::new));
	}

	/** The project locked, for a job or a listener with nobody signed in. */
	public Staged lock(long id) {
		Project project = projects.lockById(id).orElseThrow(RecordNotFound::new);
		return new Staged(project.getId(), project.getCode(), project.getName(), project.getManagerId(),
				project.getStatus(), project.getContractId(), project.getCurrentPhaseId(), false, false);
	}

	/** The current gate let the project through on that day; answers whether that was its last one. */
	public boolean pass(long tenantId, long id, LocalDate day) {
		Project project = projects.lockById(id).orElseThrow(RecordNotFound::new);
		var next = lifecycles.advance(tenantId, id, day);
		next.ifPresentOrElse(project::entered, project::throughLifecycle);
		if (next.isEmpty()) {
			project.changeStatus(ProjectStatus.CLOSED, clock.instant());
		}
		return next.isEmpty();
	}

	/** 暂停, 已终止 or 进行中 again. */
	public void changeStatus(long id, ProjectStatus status) {
		projects.lockById(id).orElseThrow(RecordNotFound::new).changeStatus(status, clock.instant());
	}

	private Staged staged(SignedInUser user, Project project) {
		boolean leads = project.getManagerId() == user.userId()
				|| project.member(user.userId()).filter(m -> m.getRole() == ProjectRole.LEAD).isPresent();
		return new Staged(project.getId(), project.getCode(), project.getName(), project.getManagerId(),
				project.getStatus(), project.getContractId(), project.getCurrentPhaseId(), leads,
				access.mayRead(user, project));
	}
}
