package org.hutong.projects.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.LifecycleTemplateApplied;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A changed template applied to running projects that follow it, after a preview: per project what
 * would change ({@link TemplateDiff}), then the change. A project whose removed phase has work on it
 * is refused, the others go ahead; a project that does not follow the template (or has ended) is
 * left alone. The project's deliverables follow through {@link LifecycleTemplateApplied}.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_SETTLE)
public class TemplateRollouts {

	/** Why a chosen project was not looked at: it does not (or no longer) run on this template. */
	public static final String NOT_FOLLOWING = "notFollowing";

	private final LifecycleTemplateRepository templates;

	private final PhaseRepository phases;

	private final TemplateFollowers followers;

	private final PhaseWork work;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TemplateRollouts(LifecycleTemplateRepository templates, PhaseRepository phases, TemplateFollowers followers,
			PhaseWork work, ApplicationEventPublisher events, Clock clock) {
		this.templates = templates;
		this.phases = phases;
		this.followers = followers;
		this.work = work;
		this.events = events;
		this.clock = clock;
	}

	/** One project's preview: the plan, or why it was not looked at ({@link #NOT_FOLLOWING}). */
	public record Preview(long projectId, String code, String name, String status, TemplateDiff.Plan plan,
			String skipped) {
	}

	public enum Result {
		APPLIED, UNCHANGED, REFUSED, SKIPPED
	}

	/** Serializable: the pages carry it to the next page as a flash attribute, in the session. */
	public record Outcome(long projectId, String code, String name, Result result, String refusedPhase, String reason)
			implements java.io.Serializable {
	}

	/** The running projects that follow the template. */
	@Transactional(readOnly = true)
	public List<TemplateFollowers.Follower> running(long templateId) {
		templates.findById(templateId).orElseThrow(RecordNotFound::new);
		return followers.running(templateId);
	}

	@Transactional(readOnly = true)
	public List<Preview> preview(SignedInUser me, long templateId, Collection<Long> projectIds) {
		LifecycleTemplate template = templates.findById(templateId).orElseThrow(RecordNotFound::new);
		Map<Long, TemplateFollowers.Follower> running = followers.running(templateId).stream()
			.collect(Collectors.toMap(TemplateFollowers.Follower::id, Function.identity()));
		List<Preview> previews = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(projectIds)) {
			TemplateFollowers.Follower f = running.get(id);
			previews.add(f == null ? new Preview(id, null, null, null, null, NOT_FOLLOWING)
					: new Preview(id, f.code(), f.name(), f.status(), plan(me.tenantId(), template, phases.findByProjectIdOrderByPosition(id)), null));
		}
		return previews;
	}

	/** The template applied to the chosen projects, on the version the preview showed (null: the current one). */
	public List<Outcome> apply(SignedInUser me, long templateId, Long version, Collection<Long> projectIds) {
		LifecycleTemplate template = templates.findById(templateId).orElseThrow(RecordNotFound::new);
		if (version != null && version != template.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(LifecycleTemplate.class, templateId);
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(projectIds)) {
			outcomes.add(applyTo(me.tenantId(), template, id));
		}
		return outcomes;
	}

	private Outcome applyTo(long tenantId, LifecycleTemplate template, long projectId) {
		TemplateFollowers.Follower f = followers.lock(projectId).orElse(null);
		if (f == null || f.templateId() != template.getId() || !("ACTIVE".equals(f.status()) || "PAUSED".equals(f.status()))) {
			return new Outcome(projectId, f == null ? null : f.code(), f == null ? null : f.name(), Result.SKIPPED, null,
					NOT_FOLLOWING);
		}
		List<Phase> list = phases.findByProjectIdOrderByPosition(projectId);
		TemplateDiff.Plan plan = plan(tenantId, template, list);
		if (plan.refused()) {
			return new Outcome(projectId, f.code(), f.name(), Result.REFUSED, plan.refusedPhase(), plan.refusal());
		}
		if (!plan.changesAnything()) {
			return new Outcome(projectId, f.code(), f.name(), Result.UNCHANGED, null, null);
		}
		carryOut(tenantId, template, projectId, list, plan);
		return new Outcome(projectId, f.code(), f.name(), Result.APPLIED, null, null);
	}

	private TemplateDiff.Plan plan(long tenantId, LifecycleTemplate template, List<Phase> list) {
		List<Long> planned = list.stream().filter(p -> p.getStatus() == PhaseStatus.PLANNED).map(Phase::getId).toList();
		return TemplateDiff.between(list.stream().map(TemplateRollouts::held).toList(),
				template.getPhases().stream().map(TemplateRollouts::wanted).toList(), work.on(tenantId, planned));
	}

	/**
	 * The plan carried out: the current phase's deliverables, the phases after it renamed, regated,
	 * renumbered (and planned again over the same days when phases come or go), new ones added; then,
	 * once the deliverables were told, what is no longer required removed.
	 */
	private void carryOut(long tenantId, LifecycleTemplate template, long projectId, List<Phase> list,
			TemplateDiff.Plan plan) {
		Map<Long, TemplatePhase> sources = template.getPhases().stream()
			.collect(Collectors.toMap(TemplatePhase::getId, Function.identity()));
		Map<Long, Phase> byId = list.stream().collect(Collectors.toMap(Phase::getId, Function.identity()));
		Set<Long> dropped = new HashSet<>();
		for (TemplateDiff.PhaseChange change : plan.changes()) {
			Phase phase = change.phaseId() == null ? null : byId.get(change.phaseId());
			if (phase != null && phase.getStatus() == PhaseStatus.ACTIVE && change.templatePhaseId() != null) {
				List<String> wanted = sources.get(change.templatePhaseId()).getDeliverables().stream()
					.map(TemplateDeliverable::getName).toList();
				phase.requireAlso(wanted);
				dropped.addAll(phase.notRequiredBy(wanted));
			}
		}
		List<Phase> planned = list.stream().filter(p -> p.getStatus() == PhaseStatus.PLANNED).toList();
		Set<Long> staying = plan.future().stream().map(TemplateDiff.Next::phaseId).filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		List<Phase> removed = planned.stream().filter(p -> !staying.contains(p.getId())).toList();
		boolean replan = plan.reordered() || !removed.isEmpty() || plan.future().stream().anyMatch(n -> n.phaseId() == null);
		List<PhasePlan.Span> spans = replan ? spans(list, plan.future()) : null;
		int base = (int) list.stream().filter(p -> p.getStatus() != PhaseStatus.PLANNED).count();
		for (int i = 0; i < plan.future().size(); i++) {
			TemplateDiff.Next next = plan.future().get(i);
			TemplatePhase source = sources.get(next.wanted().templatePhaseId());
			LocalDate start = spans == null ? null : spans.get(i).start();
			LocalDate end = spans == null ? null : spans.get(i).end();
			if (next.phaseId() == null) {
				phases.save(Phase.added(source, projectId, base + i + 1, start, end));
				continue;
			}
			Phase phase = byId.get(next.phaseId());
			phase.regate(source);
			List<String> wanted = source.getDeliverables().stream().map(TemplateDeliverable::getName).toList();
			phase.requireAlso(wanted);
			dropped.addAll(phase.notRequiredBy(wanted));
			phase.replan(base + i + 1, start, end);
		}
		phases.flush();
		List<Long> removedIds = removed.stream().map(Phase::getId).toList();
		events.publishEvent(new LifecycleTemplateApplied(tenantId, projectId, template.getId(), removedIds,
				List.copyOf(dropped), clock.instant()));
		list.forEach(p -> p.drop(dropped));
		phases.deleteAll(removed);
		phases.flush();
	}

	/**
	 * The days after the current phase, from the first phase not yet entered (or the day after the
	 * current one ends) to the project's last planned day, spread over the new phases by their shares.
	 */
	private static List<PhasePlan.Span> spans(List<Phase> list, List<TemplateDiff.Next> future) {
		LocalDate end = list.stream().map(Phase::getPlannedEnd).max(LocalDate::compareTo).orElseThrow();
		LocalDate start = list.stream().filter(p -> p.getStatus() == PhaseStatus.PLANNED).map(Phase::getPlannedStart)
			.min(LocalDate::compareTo)
			.orElseGet(() -> list.stream().map(Phase::getPlannedEnd).max(LocalDate::compareTo).orElseThrow().plusDays(1));
		return PhasePlan.spread(future.stream().map(n -> n.wanted().share()).toList(), start,
				end.isBefore(start) ? start : end);
	}

	private static TemplateDiff.Held held(Phase p) {
		return new TemplateDiff.Held(p.getId(), p.getTemplatePhaseId(), p.getName(), p.getStatus(),
				p.getDeliverables().stream().map(PhaseDeliverable::getName).toList(),
				p.getCriteria().stream().map(c -> new TemplateDiff.Criterion(c.getKind(), c.getLabel(), c.getWeight())).toList(),
				p.getGatekeeperRoleId(), p.getGatekeepers().stream().map(PhaseGatekeeper::getUserId).collect(Collectors.toSet()));
	}

	private static TemplateDiff.Wanted wanted(TemplatePhase t) {
		return new TemplateDiff.Wanted(t.getId(), t.getName(), t.getDurationShare(),
				t.getDeliverables().stream().map(TemplateDeliverable::getName).toList(),
				t.getCriteria().stream().map(c -> new TemplateDiff.Criterion(c.getKind(), c.getLabel(), c.getWeight())).toList(),
				t.getGatekeeperRoleId(), t.getGatekeepers().stream().map(TemplateGatekeeper::getUserId).collect(Collectors.toSet()));
	}
}
