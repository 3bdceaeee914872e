package org.hutong.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * Finance recorded an invoice issued (开票) under a contract, of that amount with tax on that day; the
 * contract's terms triggered by 开票, or waiting for an invoice, count from the first one.
 */
public record InvoiceIssued(long tenantId, long contractId, long invoiceId, BigDecimal amount, LocalDate issuedOn)
		implements TenantScoped {
}
