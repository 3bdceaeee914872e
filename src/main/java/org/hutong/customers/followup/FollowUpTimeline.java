package org.hutong.customers.followup;

import java.util.List;

import org.hutong.customers.contact.ContactManagement;
import org.hutong.customers.contact.ContactView;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerManagement;
import org.hutong.customers.lead.Lead;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads 跟进记录 with their customer's rights: whoever may read the customer reads its timeline,
 * newest first and keyset-paged; anyone else is told the customer does not exist.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpTimeline {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	private final FollowUpRepository followUps;

	private final Subjects subjects;

	private final ContactManagement contacts;

	private final FollowUpViews views;

	private final Attachments attachments;

	FollowUpTimeline(FollowUpRepository followUps, Subjects subjects, ContactManagement contacts,
			FollowUpViews views, Attachments attachments) {
		this.followUps = followUps;
		this.subjects = subjects;
		this.contacts = contacts;
		this.views = views;
		this.attachments = attachments;
	}

	@PreAuthorize(CustomerManagement.MAY_READ)
	public FollowUpPanel panel(SignedInUser viewer, long customerId) {
		Customer customer = subjects.customers().readable(viewer, customerId);
		List<ContactView> people = contacts.list(viewer, customerId);
		return FollowUpPanel.ofCustomer(customerId, customer.getName(), people,
				page(viewer, customerId, null, PAGE_SIZE, people), subjects.customers().mayWrite(viewer, customer));
	}

	/** A lead's 跟进记录: the same form without contacts; a converted lead's follow-ups live on its customer. */
	@PreAuthorize(CustomerManagement.MAY_READ)
	public FollowUpPanel leadPanel(SignedInUser viewer, long leadId) {
		Lead lead = subjects.lead(viewer, leadId);
		return FollowUpPanel.ofLead(leadId, lead.getCompanyName(), leadPage(viewer, leadId, null, PAGE_SIZE),
				!lead.isConverted());
	}

	/**
	 * A 商机's 跟进记录, the customer's contacts to tick: what the deal's page shows under {@code base}. The
	 * sales module asks once it checked the viewer may see the deal.
	 */
	@PreAuthorize(CustomerManagement.MAY_READ)
	public FollowUpPanel dealPanel(SignedInUser viewer, long customerId, long opportunityId, String base,
			boolean mayWrite) {
		Customer customer = subjects.customers().readable(viewer, customerId);
		List<ContactView> people = contacts.list(viewer, customerId);
		return new FollowUpPanel(customerId, customer.getName(), people,
				dealPage(viewer, customerId, opportunityId, null, PAGE_SIZE), mayWrite && subjects.customers().mayWrite(viewer, customer),
				base);
	}

	/** A page of a deal's follow-ups, newest first. */
	@PreAuthorize(CustomerManagement.MAY_READ)
	public FollowUpPage dealPage(SignedInUser viewer, long customerId, long opportunityId, String after, int limit) {
		subjects.customers().readable(viewer, customerId);
		int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
		FollowUpPage.Cursor cursor = FollowUpPage.Cursor.parse(after);
		List<FollowUp> found = cursor == null ? followUps.findNewestOfDeal(opportunityId, Limit.of(size + 1))
				: followUps.findOlderOfDeal(opportunityId, cursor.at(), cursor.id(), Limit.of(size + 1));
		List<FollowUp> shown = found.subList(0, Math.min(size, found.size()));
		String next = found.size() > size ? FollowUpPage.Cursor.of(shown.get(size - 1)).text() : null;
		return new FollowUpPage(views.of(viewer, shown, contacts.list(viewer, customerId)), next);
	}

	/** A page of a lead's follow-ups, newest first. */
	@PreAuthorize(CustomerManagement.MAY_READ)
	public FollowUpPage leadPage(SignedInUser viewer, long leadId, String after, int limit) {
		subjects.lead(viewer, leadId);
		int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
		FollowUpPage.Cursor cursor = FollowUpPage.Cursor.parse(after);
		List<FollowUp> found = cursor == null ? followUps.findNewestOfLead(leadId, Limit.of(size + 1))
				: followUps.findOlderOfLead(leadId, cursor.at(), cursor.id(), Limit.of(size + 1));
		List<FollowUp> shown = found.subList(0, Math.min(size, found.size()));
		String next = found.size() > size ? FollowUpPage.Cursor.of(shown.get(size - 1)).text() : null;
		return new FollowUpPage(views.of(viewer, shown, List.of()), next);
	}

	/** The page after {@code after} (a cursor from the previous page), or the first page without one. */
	@PreAuthorize(CustomerManagement.MAY_READ)
	public FollowUpPage page(SignedInUser viewer, long customerId, String after, int limit) {
		subjects.customers().readable(viewer, customerId);
		return page(viewer, customerId, after, limit, contacts.list(viewer, customerId));
	}

	@PreAuthorize(CustomerManagement.MAY_READ)
	public FollowUpView get(SignedInUser viewer, long id) {
		FollowUp followUp = followUps.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		subjects.requireReadable(viewer, followUp);
		List<ContactView> people = followUp.getCustomerId() == null ? List.of()
				: contacts.list(viewer, followUp.getCustomerId());
		return views.of(viewer, List.of(followUp), people).get(0);
	}

	private FollowUpPage page(SignedInUser viewer, long customerId, String after, int limit, List<ContactView> people) {
		int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
		FollowUpPage.Cursor cursor = FollowUpPage.Cursor.parse(after);
		List<FollowUp> found = cursor == null ? followUps.findNewest(customerId, Limit.of(size + 1))
				: followUps.findOlder(customerId, cursor.at(), cursor.id(), Limit.of(size + 1));
		List<FollowUp> shown = found.subList(0, Math.min(size, found.size()));
		String next = found.size() > size ? FollowUpPage.Cursor.of(shown.get(size - 1)).text() : null;
		return new FollowUpPage(views.of(viewer, shown, people), next);
	}

	/** An attachment of a live follow-up whose customer the viewer may read, or {@link RecordNotFound}. */
	@PreAuthorize(CustomerManagement.MAY_READ)
	public Attachment attachment(SignedInUser viewer, long id) {
		Attachment attachment = attachments.find(id).orElseThrow(RecordNotFound::new);
		FollowUp followUp = followUps.findByIdAndDeletedAtIsNull(attachment.getFollowUpId())
			.orElseThrow(RecordNotFound::new);
		subjects.requireReadable(viewer, followUp);
		return attachment;
	}
}
