package org.hutong.projects.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A manual cost: the day, category, phase (optional), amount (more than zero), what it was and its document. */
public record CostForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate spentOn, Long categoryId, Long phaseId,
		@Digits(integer = 12, fraction = 2, message = "{budget.amount.digits}") BigDecimal amount,
		@Size(max = Cost.MAX_DESCRIPTION, message = "{budget.tooLong}") String description, MultipartFile file) {

	public CostForm {
		description = Texts.clean(description);
	}
}
