package org.hutong.customers.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A follow-up as the timeline and the API show it.
 *
 * @param customerId the customer it is on, or {@code null} for a follow-up on a lead not yet converted
 * @param leadId the lead it was logged on, or {@code null}
 * @param contacts the names of the contacts involved who are still on file
 * @param mayDelete whether the viewer may delete it now
 */
public record FollowUpView(long id, Long customerId, Long leadId, FollowUpType type, String content, Instant occurredAt,
		LocalDate nextFollowUpOn, long authorId, String authorName, List<String> contacts,
		List<AttachmentView> attachments, boolean mayDelete) {
}
