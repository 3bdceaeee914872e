package org.hutong.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A contract's payment term reached its due day with money still owed on it: {@code termPosition}
 * counts from 1, {@code amount} is what is still owed, in the contract's currency. Published once per
 * term and due day, by the morning run that reaches it.
 */
public record TermFallenDue(long tenantId, long contractId, int termPosition, BigDecimal amount, LocalDate dueOn,
		String contractNumber, String termName, long customerId, long ownerId) implements TenantScoped {
}
