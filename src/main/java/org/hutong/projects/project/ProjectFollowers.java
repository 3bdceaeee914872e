package org.hutong.projects.project;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.hutong.projects.lifecycle.TemplateFollowers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The running projects (进行中, 暂停) that follow a lifecycle template, for applying it to them. */
@Component
@Transactional(readOnly = true)
class ProjectFollowers implements TemplateFollowers {

	private final ProjectRepository projects;

	ProjectFollowers(ProjectRepository projects) {
		this.projects = projects;
	}

	@Override
	public List<Follower> running(long templateId) {
		return projects.findByTemplateIdAndStatusInOrderByCodeAscIdAsc(templateId,
				EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.PAUSED)).stream().map(ProjectFollowers::follower).toList();
	}

	@Override
	@Transactional
	public Optional<Follower> lock(long projectId) {
		return projects.lockById(projectId).map(ProjectFollowers::follower);
	}

	private static Follower follower(Project p) {
		return new Follower(p.getId(), p.getCode(), p.getName(), p.getStatus().name(), p.getTemplateId());
	}
}
