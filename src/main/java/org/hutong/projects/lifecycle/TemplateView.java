package org.hutong.projects.lifecycle;

import java.util.List;

/** A lifecycle template as its page and the API show it: phases with deliverables and gates. */
public record TemplateView(long id, String code, String name, String description, boolean active, long version,
		List<PhaseView> phases) {

	/**
	 * A template phase: its share of the plan, what it requires (the names, and each with its id and
	 * whether it has a template file) and its gate.
	 */
	public record PhaseView(long id, int position, String name, int durationShare, List<String> deliverables,
			List<RequiredView> required, GateView gate) {
	}

	public record RequiredView(long id, String name, boolean hasFile) {
	}

	/** A gate: its gatekeepers (a role and named people) and criteria. */
	public record GateView(Long gatekeeperRoleId, List<Long> gatekeeperIds, List<CriterionView> mustMeet,
			List<CriterionView> shouldMeet) {
	}

	public record CriterionView(int position, String label, Integer weight) {
	}

	static TemplateView of(LifecycleTemplate template) {
		return new TemplateView(template.getId(), template.getCode(), template.getName(), template.getDescription(),
				template.isActive(), template.getVersion(), template.getPhases().stream().map(TemplateView::phase).toList());
	}

	private static PhaseView phase(TemplatePhase phase) {
		List<TemplateCriterion> criteria = phase.getCriteria();
		return new PhaseView(phase.getId(), phase.getPosition(), phase.getName(), phase.getDurationShare(),
				phase.getDeliverables().stream().map(TemplateDeliverable::getName).toList(),
				phase.getDeliverables().stream().map(d -> new RequiredView(d.getId(), d.getName(), d.getDocumentId() != null))
					.toList(),
				new GateView(phase.getGatekeeperRoleId(),
						phase.getGatekeepers().stream().map(TemplateGatekeeper::getUserId).toList(),
						criteria.stream().filter(c -> c.getKind() == CriterionKind.MUST).map(TemplateView::criterion).toList(),
						criteria.stream().filter(c -> c.getKind() == CriterionKind.SHOULD).map(TemplateView::criterion).toList()));
	}

	private static CriterionView criterion(TemplateCriterion c) {
		return new CriterionView(c.getPosition(), c.getLabel(), c.getWeight());
	}
}
