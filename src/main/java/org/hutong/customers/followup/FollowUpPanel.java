package org.hutong.customers.followup;

import java.util.List;

import org.hutong.customers.contact.ContactView;

/**
 * The 跟进记录 tab of a customer or a lead: the timeline's first page, the contacts one may tick (a
 * lead has none), and whether the viewer may log follow-ups.
 *
 * @param base the URL of the record the follow-ups are on ({@code /customers/5}, {@code /leads/7}); the
 *        panel's form and "加载更多" live under it
 */
public record FollowUpPanel(long customerId, String customerName, List<ContactView> contacts, FollowUpPage timeline,
		boolean mayWrite, String base) {

	static FollowUpPanel ofCustomer(long customerId, String name, List<ContactView> contacts, FollowUpPage timeline,
			boolean mayWrite) {
		return new FollowUpPanel(customerId, name, contacts, timeline, mayWrite, "/customers/" + customerId);
	}

	static FollowUpPanel ofLead(long leadId, String companyName, FollowUpPage timeline, boolean mayWrite) {
		return new FollowUpPanel(leadId, companyName, List.of(), timeline, mayWrite, "/leads/" + leadId);
	}
}
