package org.hutong.sales.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A quote in a list: what a row or card shows, with the names read once per page. */
public record QuoteRow(long id, String number, String title, long customerId, String customerName, Long opportunityId,
		long ownerId, String ownerName, QuoteStatus status, int revision, BigDecimal total, BigDecimal discountRate,
		QuoteApproval approval, LocalDate validUntil, Instant updatedAt, long version) {
}
