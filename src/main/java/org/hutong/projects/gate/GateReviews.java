package org.hutong.projects.gate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.hutong.approvals.Approvals;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.GateDecided;
import org.hutong.projects.GatePassed;
import org.hutong.projects.GateRequested;
import org.hutong.projects.deliverable.DeliverableLocks;
import org.hutong.projects.lifecycle.CriterionKind;
import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.hutong.projects.lifecycle.Phase;
import org.hutong.projects.lifecycle.PhaseCriterion;
import org.hutong.projects.lifecycle.PhaseGatekeeper;
import org.hutong.projects.project.Priority;
import org.hutong.projects.project.ProjectStages;
import org.hutong.projects.project.ProjectStages.Staged;
import org.hutong.projects.project.ProjectStatus;
import org.hutong.projects.project.ProjectWork;
import org.hutong.projects.task.TaskForm;
import org.hutong.projects.task.TaskManagement;
import org.hutong.shared.SubjectRef;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * 阶段评审 use cases: the manager requests the review of the current phase's gate, each gatekeeper scores
 * it, one of them decides Go / Kill / Hold / Recycle. Every refusal is a {@link GateRefused} checked
 * before anything changes; someone who is no gatekeeper is refused ({@link AccessDeniedException}).
 */
@Service
@Transactional
public class GateReviews {

	static final int REWORK_MAX = 20;

	private final GateRepository gates;

	private final ProjectStages stages;

	private final LifecycleSnapshots lifecycles;

	private final DeliverableLocks locks;

	private final TaskManagement tasks;

	private final ProjectWork work;

	private final Approvals approvals;

	private final OrgChart org;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GateReviews(GateRepository gates, ProjectStages stages, LifecycleSnapshots lifecycles, DeliverableLocks locks,
			TaskManagement tasks, ProjectWork work, Approvals approvals, OrgChart org,
			ApplicationEventPublisher events, Clock clock) {
		this.gates = gates;
		this.stages = stages;
		this.lifecycles = lifecycles;
		this.locks = locks;
		this.tasks = tasks;
		this.work = work;
		this.approvals = approvals;
		this.org = org;
		this.events = events;
		this.clock = clock;
	}

	/** A gatekeeper's scoring: 是/否 per must-meet criterion, 1–5 per should-meet one (by criterion id). */
	public record Scoring(Map<Long, Boolean> met, Map<Long, Integer> points, String comment) {

		public Scoring {
			met = met == null ? Map.of() : met;
			points = points == null ? Map.of() : points;
		}
	}

	/**
	 * A decision.
	 *
	 * @param holdUntil for Hold: the day the manager is reminded, after today
	 * @param rework for Recycle: one rework task each, given to the manager
	 * @param version the review's version the gatekeeper saw, {@code null} not to check
	 */
	public record Decision(GateOutcome outcome, String comment, LocalDate holdUntil, List<String> rework, Long version) {

		public Decision {
			rework = rework == null ? List.of()
					: rework.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
			comment = comment == null || comment.isBlank() ? null : comment.strip();
		}
	}

	/** Requests the review of the project's current phase; the new review's id. */
	public long request(SignedInUser actor, long projectId) {
		Staged project = stages.lock(actor, projectId);
		if (!project.readable()) {
			throw new RecordNotFound();
		}
		if (!project.leads()) {
			throw new AccessDeniedException("only the manager or a 负责人 requests a gate review");
		}
		if (project.status() != ProjectStatus.ACTIVE || project.currentPhaseId() == null) {
			throw new GateRefused(null, "notActive");
		}
		if (gates.existsByProjectIdAndStatus(projectId, GateStatus.OPEN)) {
			throw new GateRefused(null, "alreadyOpen");
		}
		Phase phase = phase(projectId, project.currentPhaseId());
		List<String> missing = locks.missing(projectId, phase.getId());
		if (!missing.isEmpty()) {
			throw new GateRefused(null, "missingDeliverables", String.join("、", missing));
		}
		List<Long> approvers = gatekeepers(phase).stream().filter(id -> id != actor.userId()).toList();
		if (approvers.isEmpty()) {
			throw new GateRefused(null, "noGatekeepers");
		}
		if (!approvals.accepts(GateFlow.KEY)) {
			throw new GateRefused(null, "flowOff");
		}
		Instant now = clock.instant();
		Gate gate = gates.save(new Gate(projectId, phase.getId(), phase.getName(), actor.userId(), now));
		var request = approvals.request(new SubjectRef(GateFlow.SUBJECT, gate.getId()), GateFlow.KEY,
				"阶段评审 · " + project.name() + " · " + phase.getName(),
				Map.of(GateFlow.GATE, gate.getId(), GateFlow.PROJECT, project.code() + " " + project.name(), GateFlow.PHASE, phase.getName()), approvers);
		gate.awaiting(request.value());
		events.publishEvent(new GateRequested(actor.tenantId(), gate.getId(), projectId, phase.getId(), phase.getName(),
				actor.userId(), now));
		return gate.getId();
	}

	/** The gatekeeper's scoring of an open review, replacing any earlier one of theirs. */
	public void score(SignedInUser actor, long gateId, Scoring scoring) {
		Gate gate = gates.lockById(gateId).orElseThrow(RecordNotFound::new);
		Phase phase = phase(gate.getProjectId(), gate.getPhaseId());
		requireGatekeeper(actor, phase);
		if (!gate.isOpen()) {
			throw new GateRefused(null, "closed");
		}
		Map<Long, Boolean> met = new java.util.LinkedHashMap<>();
		Map<Long, Integer> points = new java.util.LinkedHashMap<>();
		for (PhaseCriterion criterion : phase.getCriteria()) {
			if (criterion.getKind() == CriterionKind.MUST) {
				Boolean answer = scoring.met().get(criterion.getId());
				if (answer == null) {
					throw new GateRefused("met[" + criterion.getId() + "]", "unanswered", criterion.getLabel());
				}
				met.put(criterion.getId(), answer);
			}
			else {
				Integer value = scoring.points().get(criterion.getId());
				if (value == null || value < 1 || value > 5) {
					throw new GateRefused("points[" + criterion.getId() + "]", "points", criterion.getLabel());
				}
				points.put(criterion.getId(), value);
			}
		}
		String comment = scoring.comment() == null || scoring.comment().isBlank() ? null : scoring.comment().strip();
		if (comment != null && comment.length() > Gate.COMMENT_MAX) {
			throw new GateRefused("comment", "tooLong");
		}
		gate.scoreOf(actor.userId()).fill(met, points, comment, clock.instant());
	}

	/** A gatekeeper's decision on an open review; what it does to the project is in {@link GateOutcome}. */
	public void decide(SignedInUser actor, long gateId, Decision decision) {
		Gate gate = gates.lockById(gateId).orElseThrow(RecordNotFound::new);
		Staged project = stages.lock(actor, gate.getProjectId());
		Phase phase = phase(gate.getProjectId(), gate.getPhaseId());
		requireGatekeeper(actor, phase);
		if (decision.version() != null && decision.version() != gate.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Gate.class, gateId);
		}
		if (!gate.isOpen()) {
			throw new GateRefused(null, "closed");
		}
		if (decision.outcome() == null) {
			throw new GateRefused("outcome", "outcome");
		}
		if (decision.comment() == null) {
			throw new GateRefused("comment", "commentRequired");
		}
		if (decision.comment().length() > Gate.COMMENT_MAX) {
			throw new GateRefused("comment", "tooLong");
		}
		LocalDate today = LocalDate.now(clock.withZone(zone()));
		switch (decision.outcome()) {
			case GO -> failedMust(gate, phase).ifPresent(label -> {
				throw new GateRefused("outcome", "mustFailed", label);
			});
			case HOLD -> {
				if (decision.holdUntil() == null || !decision.holdUntil().isAfter(today)) {
					throw new GateRefused("holdUntil", "holdUntil");
				}
			}
			case RECYCLE -> {
				if (decision.rework().size() > REWORK_MAX) {
					throw new GateRefused("rework", "tooMuchRework", REWORK_MAX);
				}
				if (decision.rework().stream().anyMatch(item -> item.length() > 100)) {
					throw new GateRefused("rework", "reworkTooLong");
				}
				if (!decision.rework().isEmpty() && !work.grant(actor, project.id()).mayWork()) {
					throw new GateRefused("rework", "reworkNotYours");
				}
			}
			case KILL -> {
			}
		}
		if (project.status() != ProjectStatus.ACTIVE) {
			throw new GateRefused(null, "notActive");
		}
		if (gate.getApprovalRequestId() == null
				|| !approvals.decide(gate.getApprovalRequestId(), actor.userId(), decision.outcome().approves(),
						decision.comment())) {
			throw new GateRefused(null, "notInRequest");
		}
		apply(actor.tenantId(), gate, project, decision, actor.userId(), today);
		if (decision.outcome() == GateOutcome.RECYCLE) {
			for (String item : decision.rework()) {
				TaskForm form = new TaskForm(item, "阶段评审 " + gate.getPhaseName() + " · 返工", gate.getPhaseId(),
						List.of(project.managerId()), null, null, null, Priority.HIGH, null, null);
				tasks.create(actor, project.id(), form, new BeanPropertyBindingResult(form, "task"));
			}
		}
	}

	/**
	 * The review's approval ended in the 审批 inbox instead of on the gate page: approved is Go unless a
	 * submitted must-meet answer is 否 (then Recycle), rejected is Recycle, withdrawn closes the review.
	 * A review decided already is left as it is.
	 */
	void approvalEnded(long tenantId, long requestId, boolean approved, boolean withdrawn) {
		Optional<Gate> found = gates.findByApprovalRequestId(requestId);
		if (found.isEmpty()) {
			return;
		}
		Gate gate = gates.lockById(found.get().getId()).orElseThrow();
		if (!gate.isOpen()) {
			return;
		}
		if (withdrawn) {
			gate.withdrawn(clock.instant());
			return;
		}
		Staged project = stages.lock(gate.getProjectId());
		if (project.status() != ProjectStatus.ACTIVE) {
			gate.withdrawn(clock.instant());
			return;
		}
		Phase phase = phase(gate.getProjectId(), gate.getPhaseId());
		boolean go = approved && failedMust(gate, phase).isEmpty();
		Decision decision = new Decision(go ? GateOutcome.GO : GateOutcome.RECYCLE,
				approved ? (go ? "审批中同意" : "审批中同意，但有必须满足项为「否」") : "审批中退回", null, List.of(), null);
		apply(tenantId, gate, project, decision, null, LocalDate.now(clock.withZone(zone())));
	}

	private void apply(long tenantId, Gate gate, Staged project, Decision decision, Long by, LocalDate today) {
		Instant now = clock.instant();
		gate.decide(decision.outcome(), by, decision.comment(), decision.holdUntil(), now);
		switch (decision.outcome()) {
			case GO -> {
				locks.lockAccepted(project.id(), gate.getPhaseId());
				boolean last = stages.pass(tenantId, project.id(), today);
				events.publishEvent(new GatePassed(tenantId, gate.getId(), project.id(), project.name(),
						gate.getPhaseId(), gate.getPhaseName(), project.contractId(), last, now));
			}
			case KILL -> stages.changeStatus(project.id(), ProjectStatus.KILLED);
			case HOLD -> stages.changeStatus(project.id(), ProjectStatus.PAUSED);
			case RECYCLE -> {
			}
		}
		events.publishEvent(new GateDecided(tenantId, gate.getId(), project.id(), project.name(), gate.getPhaseId(),
				gate.getPhaseName(), decision.outcome().name(), by, project.managerId(), decision.comment(), now));
	}

	/** The label of the first must-meet criterion some gatekeeper answered 否, if any. */
	static Optional<String> failedMust(Gate gate, Phase phase) {
		Set<Long> failed = new LinkedHashSet<>();
		gate.getScores().forEach(s -> s.getAnswers().stream()
			.filter(a -> Boolean.FALSE.equals(a.getMet()))
			.forEach(a -> failed.add(a.getCriterionId())));
		return phase.getCriteria().stream().filter(c -> failed.contains(c.getId())).map(PhaseCriterion::getLabel).findFirst();
	}

	/** The phase's gatekeepers: its persons and the active members of its role, active users only. */
	List<Long> gatekeepers(Phase phase) {
		Set<Long> ids = new LinkedHashSet<>();
		phase.getGatekeepers().stream().map(PhaseGatekeeper::getUserId).forEach(ids::add);
		if (phase.getGatekeeperRoleId() != null) {
			ids.addAll(org.activeWithRole(phase.getGatekeeperRoleId()));
		}
		Map<Long, OrgChart.Member> active = org.members(ids);
		return ids.stream().filter(active::containsKey).toList();
	}

	boolean isGatekeeper(SignedInUser user, Phase phase) {
		return gatekeepers(phase).contains(user.userId());
	}

	Phase phase(long projectId, long phaseId) {
		return lifecycles.phases(projectId).stream().filter(p -> p.getId() == phaseId).findFirst()
			.orElseThrow(RecordNotFound::new);
	}

	private void requireGatekeeper(SignedInUser actor, Phase phase) {
		if (!isGatekeeper(actor, phase)) {
			throw new AccessDeniedException("only the phase's gatekeepers score and decide its gate");
		}
	}

	private static ZoneId zone() {
		return EnterpriseZone.DEFAULT;
	}
}
