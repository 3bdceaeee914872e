package org.hutong.projects.project;

import java.time.Clock;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A project's members and shares, changed by those who may change the project, under its row lock.
 * 负责人 is the manager's role: naming a new manager is the project form's; a member here gets one of
 * the other roles. Refusals go on {@code userId} or {@code role}.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class ProjectTeam {

	private final ProjectAccess access;

	private final Colleagues colleagues;

	private final Clock clock;

	ProjectTeam(ProjectAccess access, Colleagues colleagues, Clock clock) {
		this.access = access;
		this.colleagues = colleagues;
		this.clock = clock;
	}

	/** Adds the user in that role, or changes a member's role. */
	public void join(SignedInUser actor, long id, Long userId, ProjectRole role, Errors errors) {
		Project project = access.writable(actor, id);
		if (userId == null || !colleagues.isActive(userId)) {
			errors.rejectValue("userId", "project.member.unknown");
		}
		if (role == null) {
			errors.rejectValue("role", "project.required");
		}
		else if (userId != null && userId == project.getManagerId() && role != ProjectRole.LEAD
				|| role == ProjectRole.LEAD && (userId == null || userId != project.getManagerId())) {
			errors.rejectValue("role", "project.member.leadIsManager");
		}
		if (!errors.hasErrors()) {
			project.join(userId, role, clock.instant());
		}
	}

	/** Takes the member off; the manager stays (refused on {@code userId}). */
	public void leave(SignedInUser actor, long id, long userId, Errors errors) {
		Project project = access.writable(actor, id);
		if (userId == project.getManagerId()) {
			errors.rejectValue("userId", "project.member.managerStays");
			return;
		}
		project.leave(userId, clock.instant());
	}

	public void share(SignedInUser actor, long id, Long userId, ShareAccess level, Errors errors) {
		Project project = access.writable(actor, id);
		if (userId == null || !colleagues.isActive(userId)) {
			errors.rejectValue("userId", "project.member.unknown");
		}
		if (level == null) {
			errors.rejectValue("access", "project.required");
		}
		if (!errors.hasErrors()) {
			project.share(userId, level, actor.userId(), clock.instant());
		}
	}

	public void unshare(SignedInUser actor, long id, long userId) {
		access.writable(actor, id).unshare(userId);
	}
}
