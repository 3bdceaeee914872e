package org.hutong.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A morning reminder for a contract's owner: a payment term falls due within days, or ({@code overdue})
 * its due day has passed with money still owed — {@code amount}, in the contract's currency
 * ({@code currency}). Once per term, kind and due day; {@code termPosition} counts from 1.
 */
public record TermFallingDue(long tenantId, long contractId, String contractNumber, int termPosition, String termName,
		long customerId, String customerName, long ownerId, String currency, BigDecimal amount, LocalDate dueOn,
		boolean overdue) implements TenantScoped {
}
