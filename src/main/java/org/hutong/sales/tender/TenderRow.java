package org.hutong.sales.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A tender as lists and cards show it, with the next key date still ahead. */
public record TenderRow(long id, String title, long opportunityId, String opportunityName, long customerId,
		String customerName, long ownerId, String ownerName, String tenderer, String noticeNumber, Instant bidDeadline,
		Instant openingAt, BigDecimal bidPrice, BigDecimal bondAmount, LocalDate bondPaidOn, LocalDate bondReturnedOn,
		TenderDecision decision, TenderResult result, boolean open, boolean bondOutstanding, long version) {
}
