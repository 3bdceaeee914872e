package org.hutong.sales;

import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * An open 商机 is expected to close today (or its expected close passed yesterday unclosed): the
 * morning run tells its owner to win it, move it on or change the date. Listeners keep one notice
 * per deal and day.
 */
public record OpportunityCloseDue(long tenantId, long opportunityId, String name, long customerId, long ownerId,
		LocalDate expectedClose) implements TenantScoped {
}
