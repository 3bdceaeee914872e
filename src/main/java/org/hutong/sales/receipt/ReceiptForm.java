package org.hutong.sales.receipt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * A 回款 as its form and the API send it: the day, the amount, how it came and from which account; a
 * 承兑汇票's number, acceptor bank, issue and maturity days; optionally how it is spread over the
 * contract's terms (by default the oldest due first).
 */
public record ReceiptForm(@NotNull(message = "{receipt.required}") LocalDate receivedOn,
		@NotNull(message = "{receipt.required}") @DecimalMin(value = "0.01", message = "{receipt.amount.positive}")
		@Digits(integer = 14, fraction = 2, message = "{receipt.amount.decimals}") BigDecimal amount,
		@NotNull(message = "{receipt.required}") ReceiptMethod method,
		@Size(max = 100, message = "{receipt.tooLong}") String payerAccount,
		@Size(max = 50, message = "{receipt.tooLong}") String draftNumber,
		@Size(max = 100, message = "{receipt.tooLong}") String draftBank,
		LocalDate draftIssuedOn,
		LocalDate draftMaturesOn,
		@Size(max = 500, message = "{receipt.tooLong}") String remarks,
		@Valid @Size(max = 20, message = "{receipt.tooLong}") List<Allocation> allocations) {

	/** So much of the receipt for the term at this position. */
	public record Allocation(@NotNull(message = "{receipt.required}") Integer term,
			@NotNull(message = "{receipt.required}") @DecimalMin(value = "0.01", message = "{receipt.amount.positive}")
			@Digits(integer = 14, fraction = 2, message = "{receipt.amount.decimals}") BigDecimal amount) {
	}

	public ReceiptForm {
		payerAccount = Texts.clean(payerAccount);
		draftNumber = Texts.clean(draftNumber);
		draftBank = Texts.clean(draftBank);
		remarks = Texts.clean(remarks);
		allocations = allocations == null ? List.of()
				: allocations.stream().filter(Objects::nonNull).filter(a -> a.amount() != null).toList();
	}
}
