package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.sales.collection.Offset;
import org.hutong.sales.collection.TriggerEvent;
import org.hutong.shared.Texts;

/**
 * One 回款条款 as the terms form and the API send it. Whether the shares add up, a fixed date is there
 * for a fixed-date term and a 质保金 term has its warranty is the payment-term engine's check, so the
 * form shows every problem at once.
 *
 * @param kind PERCENT (合同金额的 N %), UP_TO (支付至 N %) or FIXED (an amount)
 * @param deemedDays 视同验收: acceptance counts as met this many days after arrival, or null
 */
public record TermForm(
		@NotBlank(message = "{contract.required}") @Size(max = 30, message = "{contract.tooLong}") String name,
		@NotNull(message = "{contract.required}") ShareKind kind,
		@NotNull(message = "{contract.required}") @Digits(integer = 14, fraction = 2, message = "{term.share.scale}") BigDecimal value,
		@NotNull(message = "{contract.required}") TriggerEvent trigger,
		@Min(value = 0, message = "{term.offset.negative}") @Max(value = 3660, message = "{term.offset.range}") Integer offset,
		Offset.Unit offsetUnit,
		Boolean invoiceFirst,
		Boolean guaranteeFirst,
		LocalDate fixedDate,
		@Min(value = 0, message = "{term.retention.months}") @Max(value = 120, message = "{term.retention.months}") Integer warrantyMonths,
		Boolean untaxedBase,
		@Min(value = 0, message = "{term.deemed.days}") @Max(value = 365, message = "{term.deemed.days}") Integer deemedDays) {

	/** How a term's share is written. */
	public enum ShareKind {
		PERCENT, UP_TO, FIXED
	}

	public TermForm {
		name = Texts.clean(name);
		offset = offset == null ? 0 : offset;
		offsetUnit = offsetUnit == null ? Offset.Unit.CALENDAR_DAYS : offsetUnit;
		// an unticked box sends nothing; so may an API client that leaves the flag out
		invoiceFirst = Boolean.TRUE.equals(invoiceFirst);
		guaranteeFirst = Boolean.TRUE.equals(guaranteeFirst);
		untaxedBase = Boolean.TRUE.equals(untaxedBase);
	}
}
