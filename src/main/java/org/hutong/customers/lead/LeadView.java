package org.hutong.customers.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A lead as lists, its page and the API show it.
 *
 * @param source the 来源 option's code; {@code sourceLabel} is its name in the reader's language
 * @param ownerName the owner's display name, or {@code null} when nobody owns it
 * @param customerId the customer it became, or {@code null} until converted
 * @param contactId the contact it became, or {@code null}
 * @param mobile the mobile; a converted lead's masked ({@code 138****5678}) for a viewer who neither
 *        owns nor shares its customer, as that customer's contacts are
 * @param masked whether {@code mobile} is masked
 */
public record LeadView(long id, String companyName, String contactName, String mobile, String phone,
		String source, String sourceLabel, LeadStatus status, String remarks, Long ownerId, String ownerName, Long customerId,
		Long contactId, Instant convertedAt, Instant lastFollowUpAt, LocalDate nextFollowUpOn, Instant createdAt,
		Instant updatedAt, long version, boolean masked) {

	public boolean converted() {
		return status == LeadStatus.CONVERTED;
	}
}
