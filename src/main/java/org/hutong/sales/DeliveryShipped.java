package org.hutong.sales;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A 发货单 went out under a contract.
 *
 * @param complete whether the contract is now shipped in full
 */
public record DeliveryShipped(long tenantId, long deliveryId, String number, long contractId, long customerId,
		LocalDate shippedOn, boolean complete, long actorId, Instant occurredAt) implements TenantScoped {
}
