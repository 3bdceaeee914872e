package org.hutong.projects.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.lifecycle.CriterionKind;
import org.hutong.projects.lifecycle.Phase;
import org.hutong.projects.lifecycle.PhaseCriterion;
import org.hutong.projects.project.ProjectStages;
import org.hutong.projects.project.ProjectStatus;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the gate pages and the API show: a project's reviews, and one review with its criteria, each
 * gatekeeper's scores with the weighted score (Σ weight×score / Σ weight of the should-meet criteria), the
 * decision, and what the user may do. Seen by whoever may read the project and by the phase's gatekeepers.
 */
@Service
@Transactional(readOnly = true)
public class GateViews {

	private final GateRepository gates;

	private final GateReviews reviews;

	private final ProjectStages stages;

	private final OrgChart org;

	GateViews(GateRepository gates, GateReviews reviews, ProjectStages stages, OrgChart org) {
		this.gates = gates;
		this.reviews = reviews;
		this.stages = stages;
		this.org = org;
	}

	public record GatesView(long projectId, String projectName, boolean mayRequest, List<GateView> gates) {
	}

	public record CriterionView(long id, CriterionKind kind, String label, Integer weight) {

		public boolean must() {
			return kind == CriterionKind.MUST;
		}
	}

	public record ScoreView(long gatekeeperId, String name, String comment, Instant scoredAt, Map<Long, Boolean> met,
			Map<Long, Integer> points, BigDecimal weighted) {
	}

	public record GateView(long id, long projectId, String projectName, String phaseName, GateStatus status,
			GateOutcome outcome, String requestedByName, Instant requestedAt, String decidedByName, Instant decidedAt,
			String comment, LocalDate holdUntil, long version, List<CriterionView> criteria, List<ScoreView> scores,
			List<String> gatekeeperNames, boolean mayScore, boolean mayDecide, ScoreView mine, BigDecimal weighted) {

		public boolean open() {
			return status == GateStatus.OPEN;
		}
	}

	/** The project's reviews, newest first. */
	public GatesView of(SignedInUser user, long projectId) {
		var project = stages.find(user, projectId);
		List<Gate> all = gates.findByProjectIdOrderByIdDesc(projectId);
		if (!project.readable()) {
			throw new RecordNotFound();
		}
		boolean open = all.stream().anyMatch(Gate::isOpen);
		return new GatesView(projectId, project.name(),
				project.leads() && !open && project.status() == ProjectStatus.ACTIVE && project.currentPhaseId() != null,
				all.stream().map(g -> view(user, g, project.name())).toList());
	}

	/** One review of the project. */
	public GateView one(SignedInUser user, long projectId, long gateId) {
		GateView view = one(user, gateId);
		if (view.projectId() != projectId) {
			throw new RecordNotFound();
		}
		return view;
	}

	/** One review, for its project's readers and its gatekeepers. */
	public GateView one(SignedInUser user, long gateId) {
		Gate gate = gates.findById(gateId).orElseThrow(RecordNotFound::new);
		var project = stages.find(user, gate.getProjectId());
		Phase phase = reviews.phase(gate.getProjectId(), gate.getPhaseId());
		if (!project.readable() && !reviews.isGatekeeper(user, phase)) {
			throw new RecordNotFound();
		}
		return view(user, gate, project.name());
	}

	private GateView view(SignedInUser user, Gate gate, String projectName) {
		Phase phase = reviews.phase(gate.getProjectId(), gate.getPhaseId());
		List<Long> keepers = reviews.gatekeepers(phase);
		Set<Long> people = new HashSet<>(keepers);
		people.add(gate.getRequestedBy());
		if (gate.getDecidedBy() != null) {
			people.add(gate.getDecidedBy());
		}
		gate.getScores().forEach(s -> people.add(s.getGatekeeperId()));
		Map<Long, OrgChart.Member> names = org.members(people);
		List<CriterionView> criteria = phase.getCriteria().stream()
			.map(c -> new CriterionView(c.getId(), c.getKind(), c.getLabel(), c.getWeight()))
			.toList();
		List<ScoreView> scores = gate.getScores().stream().map(s -> score(s, phase, names)).toList();
		boolean keeper = keepers.contains(user.userId());
		ScoreView mine = scores.stream().filter(s -> s.gatekeeperId() == user.userId()).findFirst().orElse(null);
		List<BigDecimal> weighted = scores.stream().map(ScoreView::weighted).filter(w -> w != null).toList();
		BigDecimal mean = weighted.isEmpty() ? null
				: weighted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(weighted.size()), 1, RoundingMode.HALF_UP);
		return new GateView(gate.getId(), gate.getProjectId(), projectName, gate.getPhaseName(), gate.getStatus(),
				gate.getOutcome(), name(names, gate.getRequestedBy()), gate.getRequestedAt(),
				gate.getDecidedBy() == null ? null : name(names, gate.getDecidedBy()), gate.getDecidedAt(),
				gate.getDecisionComment(), gate.getHoldUntil(), gate.getVersion(), criteria, scores,
				keepers.stream().map(id -> name(names, id)).toList(), keeper && gate.isOpen(),
				keeper && gate.isOpen() && gate.getRequestedBy() != user.userId(), mine, mean);
	}

	private static ScoreView score(GateScore score, Phase phase, Map<Long, OrgChart.Member> names) {
		Map<Long, Boolean> met = new LinkedHashMap<>();
		Map<Long, Integer> points = new LinkedHashMap<>();
		score.getAnswers().forEach(a -> {
			if (a.getMet() != null) {
				met.put(a.getCriterionId(), a.getMet());
			}
			if (a.getPoints() != null) {
				points.put(a.getCriterionId(), a.getPoints());
			}
		});
		return new ScoreView(score.getGatekeeperId(), name(names, score.getGatekeeperId()), score.getComment(),
				score.getScoredAt(), met, points, weighted(phase.getCriteria(), points));
	}

	/** Σ weight×score / Σ weight over the should-meet criteria scored, to one decimal; {@code null} when none. */
	static BigDecimal weighted(List<PhaseCriterion> criteria, Map<Long, Integer> points) {
		long sum = 0;
		long weights = 0;
		for (PhaseCriterion c : criteria) {
			Integer value = points.get(c.getId());
			if (c.getKind() == CriterionKind.SHOULD && value != null) {
				int weight = c.getWeight() == null ? 1 : c.getWeight();
				sum += (long) weight * value;
				weights += weight;
			}
		}
		return weights == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
	}

	private static String name(Map<Long, OrgChart.Member> names, long id) {
		OrgChart.Member member = names.get(id);
		return member == null ? "—" : member.displayName();
	}
}
