package org.hutong.projects.budget;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/** A budget line: its category, phase (none = the whole project), amount (zero or more) and note. */
public record LineForm(Long categoryId, Long phaseId,
		@Digits(integer = 12, fraction = 2, message = "{budget.amount.digits}") BigDecimal amount,
		@Size(max = BudgetLine.MAX_NOTE, message = "{budget.tooLong}") String note) {

	public LineForm {
		note = Texts.clean(note);
	}
}
