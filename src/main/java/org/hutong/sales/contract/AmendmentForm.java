package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * A 补充协议 as typed: why, the day it was signed, the contract's new amount with tax and the tax rate
 * of the difference, the 回款条款 as they are to be (all of them, adding up to the new amount) and the
 * batches it is to deliver in ("40/60", blank: at once, null: as they are — see {@link BatchShares}); {@code version} of
 * the contract it changes.
 */
public record AmendmentForm(@NotBlank(message = "{contract.required}") @Size(max = 500, message = "{contract.tooLong}") String reason,
		@NotNull(message = "{contract.required}") LocalDate signedOn,
		@NotNull(message = "{contract.required}") @DecimalMin(value = "0.01", message = "{amendment.total.positive}") @Digits(integer = 14, fraction = 2, message = "{term.share.scale}") BigDecimal total,
		@DecimalMin(value = "0", message = "{amendment.taxRate.range}") @DecimalMax(value = "100", message = "{amendment.taxRate.range}") BigDecimal taxRate,
		@Valid @Size(max = TermsForm.MAX_TERMS, message = "{term.tooMany}") List<TermForm> terms, Long version,
		@Size(max = 100, message = "{batch.format}") String batches) {

	public AmendmentForm {
		reason = Texts.clean(reason);
		taxRate = taxRate == null ? new BigDecimal("13") : taxRate;
		terms = terms == null ? List.of()
				: terms.stream().filter(t -> t != null && (t.name() != null || t.value() != null)).toList();
		// null keeps the contract's batches (an API call that does not mention them); blank: delivered at once
		batches = batches == null ? null : batches.strip();
	}

	/** A 补充协议 that leaves the batches as the contract has them. */
	public AmendmentForm(String reason, LocalDate signedOn, BigDecimal total, BigDecimal taxRate, List<TermForm> terms,
			Long version) {
		this(reason, signedOn, total, taxRate, terms, version, null);
	}

	AmendmentForm withVersion(Long edited) {
		return new AmendmentForm(reason, signedOn, total, taxRate, terms, edited, batches);
	}
}
