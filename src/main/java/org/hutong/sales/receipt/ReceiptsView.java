package org.hutong.sales.receipt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's 回款 as its page and the API show them: collected (confirmed) and still to collect, the
 * receipts newest first with how each was spread over the terms, and what the reader may do.
 *
 * @param mayRecord whether the reader may record a receipt (the contract in effect; the contract's write permission or finance's)
 * @param mayConfirm whether the reader confirms receipts (财务)
 */
public record ReceiptsView(long contractId, String currency, BigDecimal total, BigDecimal collected,
		BigDecimal waiting, List<Row> receipts, List<String> terms, boolean mayRecord, boolean mayConfirm) {

	public record Row(long id, String number, LocalDate receivedOn, BigDecimal amount, ReceiptMethod method,
			String payerAccount, String draftNumber, String draftBank, LocalDate draftMaturesOn, String remarks,
			ReceiptStatus status, String rejection, List<Part> parts, long version) {
	}

	/** So much of a receipt on the term of that name. */
	public record Part(String term, BigDecimal amount) {
	}

	public BigDecimal uncollected() {
		return total.subtract(collected);
	}
}
