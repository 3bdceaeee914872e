package org.hutong.projects.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.ProjectCreated;
import org.hutong.projects.lifecycle.CurrentPhase;
import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.hutong.projects.lifecycle.LifecycleTemplates;
import org.hutong.projects.project.ProjectTypes.TypeView;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 研发项目 use cases: set one up (its code by the enterprise's rule, its lifecycle copied from the
 * template, the first phase entered), change it. A refusal goes on the field it is about and nothing
 * is saved; a stale version is a 409. Members and shares are {@link ProjectTeam}'s.
 */
@Service
@Transactional
public class ProjectManagement {

	/** Dates outside these years are typing mistakes (0001, 9999), not plans. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final ProjectRepository projects;

	private final ProjectAccess access;

	private final ProjectChecks checks;

	private final LifecycleSnapshots lifecycles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectManagement(ProjectRepository projects, ProjectAccess access, ProjectChecks checks,
			LifecycleSnapshots lifecycles, ApplicationEventPublisher events, Clock clock) {
		this.projects = projects;
		this.access = access;
		this.checks = checks;
		this.lifecycles = lifecycles;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize(ProjectPermissions.MAY_CREATE)
	public Long create(SignedInUser actor, ProjectForm form, Errors errors) {
		return create(actor, form, errors, LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT)));
	}

	/** Creates the project as if on {@code enteredOn}, the first phase's actual start (the demo's history). */
	Long create(SignedInUser actor, ProjectForm form, Errors errors, LocalDate enteredOn) {
		Optional<TypeView> type = checks.check(form, null, errors);
		Optional<LifecycleTemplates.Choice> template = checks.template(form.templateId(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		Project project = new Project(checks.nextCode(), template.get().id(), actor.userId(), now);
		project.describe(form, type.get().funded(), now);
		projects.save(project);
		CurrentPhase first = lifecycles.copy(actor.tenantId(), project.getId(), template.get().id(),
				form.plannedStart(), form.plannedEnd(), enteredOn);
		project.entered(first);
		events.publishEvent(new ProjectCreated(actor.tenantId(), project.getId(), project.getCode(), project.getName(),
				project.getTypeId(), project.getManagerId(), project.getDepartmentId(), project.getCustomerId(),
				project.getContractId(), actor.userId(), now));
		return project.getId();
	}

	/** Changes what the form holds, its status too; the lifecycle stays the one copied at creation. */
	public void update(SignedInUser actor, long id, ProjectForm form, Errors errors) {
		Project project = access.writable(actor, id);
		fresh(project, form.version());
		Optional<TypeView> type = checks.check(form, project, errors);
		if (form.status() != null && form.status() != project.getStatus() && project.getStatus().ended()) {
			errors.rejectValue("status", "project.status.ended");
		}
		if (errors.hasErrors()) {
			return;
		}
		Instant now = clock.instant();
		project.describe(form, type.get().funded(), now);
		project.changeStatus(form.status(), now);
	}

	/**
	 * The current phase's gate let the project through on {@code day}: the next phase is entered, or,
	 * after the last, the project is through its lifecycle. The gates of a later step decide this;
	 * the demo's history uses it now.
	 */
	void advance(SignedInUser actor, long id, LocalDate day) {
		Project project = access.writable(actor, id);
		lifecycles.advance(actor.tenantId(), id, day).ifPresentOrElse(project::entered, project::throughLifecycle);
	}

	/** Pauses, ends or resumes the project. */
	void changeStatus(SignedInUser actor, long id, ProjectStatus status) {
		access.writable(actor, id).changeStatus(status, clock.instant());
	}

	private static void fresh(Project project, Long version) {
		if (version != null && version != project.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Project.class, project.getId());
		}
	}
}
