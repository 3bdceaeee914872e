package org.hutong.customers.followup;

import java.util.List;

import org.hutong.customers.contact.ContactView;

/**
 * The 跟进记录 tab of a customer: the timeline's first page, the contacts one may tick, and whether
 * the viewer may log follow-ups.
 */
public record FollowUpPanel(long customerId, String customerName, List<ContactView> contacts, FollowUpPage timeline,
		boolean mayWrite) {
}
