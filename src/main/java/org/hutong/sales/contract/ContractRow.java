package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A contract in a list: what a row or card shows, with the names read once per page; sums in CNY at its rate. */
public record ContractRow(long id, String number, String title, long customerId, String customerName,
		Long opportunityId, Long quoteId, long ownerId, String ownerName, ContractStatus status, LocalDate signedOn,
		LocalDate endsOn, String currency, BigDecimal total, BigDecimal amountCny, BigDecimal collectedCny,
		Instant updatedAt, long version) {
}
