package org.hutong.customers.followup;

import java.util.List;

import org.hutong.customers.TimelineCursor;
import org.hutong.customers.TimelineEntry;
import org.hutong.customers.TimelineSource;
import org.hutong.identity.SignedInUser;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** 跟进记录 on a customer's 时间线: "记录了一次拜访跟进", what was written and its photos and files. */
@Component
class FollowUpEntries implements TimelineSource {

	private final FollowUpRepository followUps;

	private final FollowUpViews views;

	FollowUpEntries(FollowUpRepository followUps, FollowUpViews views) {
		this.followUps = followUps;
		this.views = views;
	}

	@Override
	public String kind() {
		return "followup";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit) {
		List<FollowUp> found = before == null ? followUps.findNewest(customerId, Limit.of(limit))
				: followUps.findOlder(customerId, before.at(), before.idBelow(kind()), Limit.of(limit));
		return views.of(viewer, found, List.of()).stream().map(this::entry).toList();
	}

	private TimelineEntry entry(FollowUpView view) {
		List<TimelineEntry.File> files = view.attachments()
			.stream()
			.map(file -> {
				String url = "/follow-ups/attachments/" + file.id();
				return new TimelineEntry.File(file.fileName(), url, url, file.image());
			})
			.toList();
		return new TimelineEntry(kind(), view.id(), view.occurredAt(), view.authorName(),
				new DefaultMessageSourceResolvable(new String[] { "timeline.followup" },
						new Object[] { new DefaultMessageSourceResolvable("followUp.type." + view.type().name()) },
						"??timeline.followup??"),
				view.content(), "/customers/" + view.customerId() + "/follow-ups#follow-up-" + view.id(), files);
	}
}
