package org.hutong.sales.tender;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hutong.shared.Texts;

/** 投标决策 as taken: go or no-go, the checklist items that hold, and why. */
public record DecisionForm(@NotNull(message = "{tender.decision.required}") TenderDecision decision,
		List<ChecklistItem> checked, @Size(max = 500, message = "{tender.tooLong}") String note, Long version) {

	public DecisionForm {
		checked = checked == null ? List.of() : checked.stream().filter(java.util.Objects::nonNull).distinct().toList();
		note = Texts.clean(note);
	}
}
