package org.hutong.customers.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.hutong.customers.contact.ContactView;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScope;
import org.hutong.identity.SignedInUser;
import org.springframework.stereotype.Component;

/** Turns follow-ups into views: authors and attachments looked up once per page, contacts by name. */
@Component
class FollowUpViews {

	private final Colleagues colleagues;

	private final Attachments attachments;

	private final Clock clock;

	FollowUpViews(Colleagues colleagues, Attachments attachments, Clock clock) {
		this.colleagues = colleagues;
		this.attachments = attachments;
		this.clock = clock;
	}

	/** The follow-ups as {@code viewer} sees them; {@code people} are the customer's contacts. */
	List<FollowUpView> of(SignedInUser viewer, List<FollowUp> shown, List<ContactView> people) {
		Map<Long, String> authors = colleagues.names(shown.stream().map(FollowUp::getAuthorId).collect(Collectors.toSet()));
		Map<Long, String> names = people.stream().collect(Collectors.toMap(ContactView::id, ContactView::name));
		Map<Long, List<AttachmentView>> files = attachments.of(shown.stream().map(FollowUp::getId).toList());
		boolean seesAll = seesAll(viewer);
		Instant now = clock.instant();
		return shown.stream()
			.map(f -> new FollowUpView(f.getId(), f.getCustomerId(), f.getLeadId(), f.getType(), f.getContent(), f.getOccurredAt(),
					f.getNextFollowUpOn(), f.getAuthorId(), authors.get(f.getAuthorId()),
					f.getContactIds().stream().map(names::get).filter(Objects::nonNull).toList(),
					files.getOrDefault(f.getId(), List.of()), f.mayBeDeletedBy(viewer.userId(), seesAll, now)))
			.toList();
	}

	/** Admins and others whose data scope is 全部 may delete any follow-up. */
	static boolean seesAll(SignedInUser user) {
		return user.dataScope() == DataScope.ALL;
	}
}
