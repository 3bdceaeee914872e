package org.hutong.projects.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * A lifecycle template as it should be, whole: its name, description and phases in order, each with
 * its share of the plan, required deliverables, gatekeepers (a role and people) and criteria. Phases
 * and deliverables carry their ids when they exist already; {@code version} is the one the editor saw.
 */
public record TemplateForm(String name, String description, List<PhaseForm> phases, Long version) {

	public record PhaseForm(Long id, String name, Integer durationShare, Long gatekeeperRoleId,
			List<DeliverableForm> deliverables, List<Long> gatekeeperIds, List<CriterionForm> criteria) {

		List<DeliverableForm> deliverablesOrEmpty() {
			return deliverables == null ? List.of() : deliverables;
		}

		List<Long> gatekeeperIdsOrEmpty() {
			return gatekeeperIds == null ? List.of() : gatekeeperIds;
		}

		List<CriterionForm> criteriaOrEmpty() {
			return criteria == null ? List.of() : criteria;
		}
	}

	public record DeliverableForm(Long id, String name) {
	}

	/** A criterion: must-meet (no weight) or should-meet with a weight of 1 to 100. */
	public record CriterionForm(CriterionKind kind, String label, Integer weight) {
	}

	List<PhaseForm> phasesOrEmpty() {
		return phases == null ? List.of() : phases;
	}

	/** The template as it stands, to be changed a step at a time by the editor's pages. */
	static TemplateForm of(LifecycleTemplate template) {
		List<PhaseForm> phases = new ArrayList<>();
		for (TemplatePhase phase : template.getPhases()) {
			phases.add(new PhaseForm(phase.getId(), phase.getName(), phase.getDurationShare(), phase.getGatekeeperRoleId(),
					new ArrayList<>(phase.getDeliverables().stream().map(d -> new DeliverableForm(d.getId(), d.getName())).toList()),
					new ArrayList<>(phase.getGatekeepers().stream().map(TemplateGatekeeper::getUserId).toList()),
					new ArrayList<>(phase.getCriteria().stream()
						.map(c -> new CriterionForm(c.getKind(), c.getLabel(), c.getWeight())).toList())));
		}
		return new TemplateForm(template.getName(), template.getDescription(), phases, template.getVersion());
	}

	TemplateForm withName(String newName, String newDescription) {
		return new TemplateForm(newName, newDescription, phases, version);
	}

	TemplateForm withPhases(List<PhaseForm> newPhases) {
		return new TemplateForm(name, description, newPhases, version);
	}
}
