package org.hutong.sales.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hutong.sales.contract.ContractStatus;

/**
 * One term owed, as the receivables list and the API show it: its contract, customer and 负责人, the
 * due day and how many days past it (0 or less: not yet), and what is still owed, in the contract's
 * currency and in CNY. {@code position} counts from 1.
 */
public record ReceivableRow(long termId, long contractId, String contractNumber, String contractTitle,
		ContractStatus contractStatus, int position, String termName, long customerId, String customerName,
		long ownerId, String ownerName, LocalDate dueOn, long daysOverdue, String currency, BigDecimal owed,
		BigDecimal owedCny) {

	public boolean overdue() {
		return daysOverdue > 0;
	}

	public AgeBucket bucket() {
		return AgeBucket.of(daysOverdue);
	}
}
