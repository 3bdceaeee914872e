package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's 补充协议 as its page and the API show them, newest first, each with the amount and the
 * terms before and after, and the batches before and after ("40/60"; null: delivered at once).
 *
 * @param mayAmend whether the reader may propose one now (the contract is in effect, none is in approval)
 */
public record AmendmentView(long contractId, String currency, boolean mayAmend, List<Row> amendments) {

	public record Row(long id, String number, String reason, LocalDate signedOn, BigDecimal beforeTotal,
			BigDecimal afterTotal, BigDecimal difference, List<TermForm> beforeTerms, List<TermForm> afterTerms,
			String beforeBatches, String afterBatches, AmendmentStatus status, Long approvalRequestId, Instant createdAt,
			Instant decidedAt) {

		/** Whether it changes how the contract is delivered. */
		public boolean changesBatches() {
			return !java.util.Objects.equals(beforeBatches, afterBatches);
		}
	}
}
