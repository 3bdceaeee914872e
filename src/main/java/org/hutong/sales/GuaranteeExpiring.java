package org.hutong.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A bank guarantee (质量保函) standing in for a contract's 质保金 expires within days: the morning
 * reminder tells the contract's owner once per guarantee and expiry day.
 *
 * @param retentionId the 质保金 the guarantee covers
 * @param currency the contract's, which the amount is in
 */
public record GuaranteeExpiring(long tenantId, long retentionId, long contractId, String contractNumber,
		long customerId, long ownerId, String guaranteeNumber, String bank, String currency, BigDecimal amount,
		LocalDate expiresOn)
		implements TenantScoped {
}
