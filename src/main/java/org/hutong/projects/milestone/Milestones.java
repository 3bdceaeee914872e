package org.hutong.projects.milestone;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectParticipation;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 里程碑: whoever sees a project reads its milestones; its contributors add and change them; its
 * manager and 负责人 mark one reached by hand, with a note. What a milestone waits for must be the
 * project's own tasks and deliverables, its phase one of the project's; refusals name the field.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class Milestones {

	private final MilestoneRepository milestones;

	private final ProjectParticipation participation;

	private final ProjectWorkFacts facts;

	private final Colleagues colleagues;

	private final MilestoneProgress progress;

	Milestones(MilestoneRepository milestones, ProjectParticipation participation, ProjectWorkFacts facts,
			Colleagues colleagues, MilestoneProgress progress) {
		this.milestones = milestones;
		this.participation = participation;
		this.facts = facts;
		this.colleagues = colleagues;
		this.progress = progress;
	}

	/** The project's milestones by due day. */
	@Transactional(readOnly = true)
	public MilestonesView of(SignedInUser user, long projectId) {
		ProjectParticipation.Standing standing = participation.of(user, projectId);
		List<Milestone> all = milestones.findByProjectIdOrderByDueOnAscIdAsc(projectId);
		return new MilestonesView(projectId, standing.contributes(),
				standing.contributes() && facts.leads(projectId, user.userId()), views(all), facts.choices(projectId));
	}

	/** Where a page of milestones starts: after this due day and id. */
	public record Cursor(java.time.LocalDate dueOn, long id) {
	}

	/** One page of milestones by due day, and the cursor of the next ({@code null} on the last). */
	public record Page(List<MilestoneView> items, String next) {
	}

	/** A page of the project's milestones by due day, after {@code cursor} (null: from the first). */
	@Transactional(readOnly = true)
	public Page page(SignedInUser user, long projectId, Cursor cursor, int limit) {
		participation.of(user, projectId);
		org.springframework.data.domain.Limit rows = org.springframework.data.domain.Limit.of(limit + 1);
		List<Milestone> found = cursor == null ? milestones.firstOf(projectId, rows)
				: milestones.after(projectId, cursor.dueOn(), cursor.id(), rows);
		List<Milestone> shown = found.size() > limit ? found.subList(0, limit) : found;
		Milestone last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new Page(views(shown), found.size() > limit ? last.getDueOn() + "~" + last.getId() : null);
	}

	/** One milestone, if the user sees its project. */
	@Transactional(readOnly = true)
	public MilestoneView one(SignedInUser user, long milestoneId) {
		Milestone milestone = milestones.findById(milestoneId).orElseThrow(RecordNotFound::new);
		participation.of(user, milestone.getProjectId());
		return views(List.of(milestone)).get(0);
	}

	/** Adds a milestone; answers its id, or null when {@code errors} say why not. */
	public Long create(SignedInUser actor, long projectId, MilestoneForm form, Errors errors) {
		mayEdit(participation.locked(actor, projectId));
		if (!check(projectId, form, errors)) {
			return null;
		}
		Milestone milestone = new Milestone(projectId, form.phaseId(), form.name(), form.dueOn(), actor.userId(),
				progress.now());
		milestone.waitFor(form.taskIds(), form.deliverableIds());
		milestones.save(milestone);
		reachIfComplete(actor, milestone);
		return milestone.getId();
	}

	/**
	 * Changes a milestone, its row locked first; {@code expected} is the version the caller saw or null.
	 * Answers false when {@code errors} say why not.
	 */
	public boolean update(SignedInUser actor, long milestoneId, MilestoneForm form, Long expected, Errors errors) {
		Milestone milestone = milestones.lockById(milestoneId).orElseThrow(RecordNotFound::new);
		mayEdit(participation.of(actor, milestone.getProjectId()));
		if (expected != null && expected != milestone.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Milestone.class, milestoneId);
		}
		if (!check(milestone.getProjectId(), form, errors)) {
			return false;
		}
		milestone.change(form.phaseId(), form.name(), form.dueOn());
		milestone.waitFor(form.taskIds(), form.deliverableIds());
		reachIfComplete(actor, milestone);
		return true;
	}

	/** Marks it reached by hand (the manager or a 负责人), with a note; answers false when {@code errors} say why not. */
	public boolean reach(SignedInUser actor, long milestoneId, String note, Errors errors) {
		Milestone milestone = milestones.lockById(milestoneId).orElseThrow(RecordNotFound::new);
		ProjectParticipation.Standing standing = participation.of(actor, milestone.getProjectId());
		if (!standing.contributes() || !facts.leads(milestone.getProjectId(), actor.userId())) {
			throw new AccessDeniedException("only the project's manager or 负责人 reach a milestone by hand");
		}
		String text = note == null ? null : note.strip();
		if (text == null || text.isEmpty()) {
			errors.rejectValue("note", "milestone.note.required");
		}
		else if (text.length() > Milestone.MAX_NOTE) {
			errors.rejectValue("note", "milestone.note.tooLong");
		}
		if (milestone.reached()) {
			errors.reject("milestone.reached.already");
		}
		if (errors.hasErrors()) {
			return false;
		}
		milestone.reachBy(actor.userId(), text, progress.now());
		progress.announce(actor.tenantId(), milestone);
		return true;
	}

	private void reachIfComplete(SignedInUser actor, Milestone milestone) {
		if (milestone.reachIfComplete(facts.doneTasks(milestone.getProjectId()),
				facts.submittedDeliverables(milestone.getProjectId()), progress.now())) {
			progress.announce(actor.tenantId(), milestone);
		}
	}

	private boolean check(long projectId, MilestoneForm form, Errors errors) {
		if (form.phaseId() != null && !facts.phases(projectId).contains(form.phaseId())) {
			errors.rejectValue("phaseId", "milestone.phase.unknown");
		}
		if (!facts.tasks(projectId).containsAll(form.taskIds())) {
			errors.rejectValue("taskIds", "milestone.tasks.unknown");
		}
		if (!facts.deliverables(projectId).containsAll(form.deliverableIds())) {
			errors.rejectValue("deliverableIds", "milestone.deliverables.unknown");
		}
		return !errors.hasErrors();
	}

	private static void mayEdit(ProjectParticipation.Standing standing) {
		if (!standing.contributes()) {
			throw new AccessDeniedException("the project's milestones are read-only for this user");
		}
	}

	private List<MilestoneView> views(List<Milestone> list) {
		Set<Long> people = new HashSet<>();
		list.stream().filter(m -> m.getReachedBy() != null).forEach(m -> people.add(m.getReachedBy()));
		Map<Long, String> names = colleagues.names(people);
		return list.stream()
			.map(m -> new MilestoneView(m.getId(), m.getProjectId(), m.getPhaseId(), m.getName(), m.getDueOn(),
					m.getBaselineOn(), m.slipDays(), m.getStatus(), m.getReachedAt(), m.getReachedBy(),
					m.getReachedBy() == null ? null : names.get(m.getReachedBy()), m.getNote(),
					m.targets(MilestoneLink.Kind.TASK), m.targets(MilestoneLink.Kind.DELIVERABLE), m.getVersion()))
			.toList();
	}
}
