package org.hutong.customers.followup;

import java.util.List;

import org.hutong.customers.contact.ContactManagement;
import org.hutong.customers.contact.ContactView;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerAccess;
import org.hutong.customers.customer.CustomerManagement;
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

	private final CustomerAccess access;

	private final ContactManagement contacts;

	private final FollowUpViews views;

	private final Attachments attachments;

	FollowUpTimeline(FollowUpRepository followUps, CustomerAccess access, ContactManagement contacts,
			FollowUpViews views, Attachments attachments) {
		this.followUps = followUps;
		this.access = access;
		this.contacts = contacts;
		this.views = views;
		this.attachments = attachments;
	}

	@PreAuthorize(CustomerManagement.MAY_READ)
	public FollowUpPanel panel(SignedInUser viewer, long customerId) {
		Customer customer = access.readable(viewer, customerId);
		List<ContactView> people = contacts.list(viewer, customerId);
		return new FollowUpPanel(customerId, customer.getName(), people,
				page(viewer, customerId, null, PAGE_SIZE, people), access.mayWrite(viewer, customer));
	}

	/** The page after {@code after} (a cursor from the previous page), or the first page without one. */
	@PreAuthorize(CustomerManagement.MAY_READ)
	public FollowUpPage page(SignedInUser viewer, long customerId, String after, int limit) {
		access.readable(viewer, customerId);
		return page(viewer, customerId, after, limit, contacts.list(viewer, customerId));
	}

	@PreAuthorize(CustomerManagement.MAY_READ)
	public FollowUpView get(SignedInUser viewer, long id) {
		FollowUp followUp = followUps.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		access.readable(viewer, followUp.getCustomerId());
		return views.of(viewer, List.of(followUp), contacts.list(viewer, followUp.getCustomerId())).get(0);
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
		access.readable(viewer, followUp.getCustomerId());
		return attachment;
	}
}
