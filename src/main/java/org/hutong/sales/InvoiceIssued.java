package org.hutong.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * Finance recorded an invoice issued (开票) under a contract, of that amount with tax on that day; the
 * contract's terms triggered by 开票, or waiting for an invoice, count from the first one, and the
 * contract's owner is told.
 *
 * @param currency the contract's, which the amount is in
 * @param issuedBy who recorded it issued
 */
public record InvoiceIssued(long tenantId, long contractId, long invoiceId, BigDecimal amount, LocalDate issuedOn,
		String contractNumber, String currency, long customerId, long ownerId, long issuedBy) implements TenantScoped {
}
