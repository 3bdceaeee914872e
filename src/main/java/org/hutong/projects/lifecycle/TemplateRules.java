package org.hutong.projects.lifecycle;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * What a template must be: a name, at least one phase, phase names unique and short, shares and
 * should-meet weights 1 to 100, deliverable names and criterion labels present, gatekeepers who are
 * the enterprise's people and roles. Each rule answers the message key of its refusal, so that the
 * editor's small forms and the API's whole template refuse the same things by their field.
 */
final class TemplateRules {

	static final int MAX_NAME = 50;

	static final int MAX_DESCRIPTION = 200;

	static final int MAX_PHASE = 30;

	static final int MAX_DELIVERABLE = 50;

	static final int MAX_LABEL = 200;

	static final int MAX_PHASES = 20;

	static final int MAX_ITEMS = 30;

	private TemplateRules() {
	}

	static String name(String name) {
		return blank(name) ? "lifecycle.edit.name.required"
				: name.strip().length() > MAX_NAME ? "lifecycle.edit.name.tooLong" : null;
	}

	static String description(String description) {
		return description != null && description.strip().length() > MAX_DESCRIPTION ? "lifecycle.edit.description.tooLong"
				: null;
	}

	/** A phase's name among the others' (its own left out). */
	static String phaseName(String name, Collection<String> others) {
		if (blank(name)) {
			return "lifecycle.edit.phase.required";
		}
		if (name.strip().length() > MAX_PHASE) {
			return "lifecycle.edit.phase.tooLong";
		}
		return others.stream().anyMatch(o -> o != null && o.strip().equals(name.strip())) ? "lifecycle.edit.phase.duplicate"
				: null;
	}

	static String share(Integer share) {
		return share == null || share < 1 || share > 100 ? "lifecycle.edit.share.range" : null;
	}

	static String deliverable(String name, Collection<String> others) {
		if (blank(name)) {
			return "lifecycle.edit.deliverable.required";
		}
		if (name.strip().length() > MAX_DELIVERABLE) {
			return "lifecycle.edit.deliverable.tooLong";
		}
		return others.stream().anyMatch(o -> o != null && o.strip().equals(name.strip()))
				? "lifecycle.edit.deliverable.duplicate" : null;
	}

	static String label(String label) {
		return blank(label) ? "lifecycle.edit.criterion.required"
				: label.strip().length() > MAX_LABEL ? "lifecycle.edit.criterion.tooLong" : null;
	}

	static String kind(CriterionKind kind) {
		return kind == null ? "lifecycle.edit.criterion.kind" : null;
	}

	/** A should-meet criterion's weight; a must-meet one has none to check. */
	static String weight(CriterionKind kind, Integer weight) {
		return kind == CriterionKind.SHOULD && (weight == null || weight < 1 || weight > 100) ? "lifecycle.edit.weight.range"
				: null;
	}

	/** The whole template, each refusal under its field path ({@code phases[1].criteria[0].weight}). */
	static void check(TemplateForm form, Set<Long> roles, Set<Long> people, Errors errors) {
		reject(errors, "name", form.name(), name(form.name()));
		reject(errors, "description", form.description(), description(form.description()));
		List<TemplateForm.PhaseForm> phases = form.phasesOrEmpty();
		if (phases.isEmpty()) {
			reject(errors, "phases", null, "lifecycle.edit.phases.none");
		}
		else if (phases.size() > MAX_PHASES) {
			reject(errors, "phases", null, "lifecycle.edit.phases.tooMany");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < phases.size(); i++) {
			TemplateForm.PhaseForm phase = phases.get(i);
			String at = "phases[" + i + "].";
			if (phase == null) {
				reject(errors, "phases[" + i + "]", null, "lifecycle.edit.phase.required");
				continue;
			}
			reject(errors, at + "name", phase.name(), phaseName(phase.name(), seen));
			if (phase.name() != null) {
				seen.add(phase.name().strip());
			}
			reject(errors, at + "durationShare", phase.durationShare(), share(phase.durationShare()));
			if (phase.gatekeeperRoleId() != null && !roles.contains(phase.gatekeeperRoleId())) {
				reject(errors, at + "gatekeeperRoleId", phase.gatekeeperRoleId(), "lifecycle.edit.role.unknown");
			}
			if (phase.gatekeeperIdsOrEmpty().stream().anyMatch(p -> p == null || !people.contains(p))) {
				reject(errors, at + "gatekeeperIds", null, "lifecycle.edit.gatekeeper.unknown");
			}
			items(phase, at, errors);
		}
	}

	private static void items(TemplateForm.PhaseForm phase, String at, Errors errors) {
		if (phase.deliverablesOrEmpty().size() > MAX_ITEMS || phase.criteriaOrEmpty().size() > MAX_ITEMS
				|| phase.gatekeeperIdsOrEmpty().size() > MAX_ITEMS) {
			reject(errors, at + "name", phase.name(), "lifecycle.edit.items.tooMany");
		}
		Set<String> names = new HashSet<>();
		for (int j = 0; j < phase.deliverablesOrEmpty().size(); j++) {
			TemplateForm.DeliverableForm d = phase.deliverablesOrEmpty().get(j);
			String name = d == null ? null : d.name();
			reject(errors, at + "deliverables[" + j + "].name", name, deliverable(name, names));
			if (name != null) {
				names.add(name.strip());
			}
		}
		for (int j = 0; j < phase.criteriaOrEmpty().size(); j++) {
			TemplateForm.CriterionForm c = phase.criteriaOrEmpty().get(j);
			String path = at + "criteria[" + j + "].";
			if (c == null) {
				reject(errors, path + "label", null, "lifecycle.edit.criterion.required");
				continue;
			}
			reject(errors, path + "kind", c.kind(), kind(c.kind()));
			reject(errors, path + "label", c.label(), label(c.label()));
			reject(errors, path + "weight", c.weight(), weight(c.kind(), c.weight()));
		}
	}

	/** A refusal by its field, without reading the value through the form (records nest lists). */
	static void reject(Errors errors, String field, Object value, String code) {
		if (code != null && errors instanceof BindingResult result) {
			result.addError(new FieldError(errors.getObjectName(), field, value, false, new String[] { code }, null, null));
		}
		else if (code != null) {
			errors.reject(code);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
