package org.hutong.feed.post;

import java.util.ArrayList;
import java.util.List;

import org.hutong.customers.TimelineCursor;
import org.hutong.customers.TimelineEntry;
import org.hutong.customers.TimelineSource;
import org.hutong.identity.SignedInUser;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A customer's 记录动态 on its 时间线: the posts people wrote about it that the viewer may see. System
 * posts are left out: they retell events (a follow-up logged) whose own entries are on the timeline.
 * The feed pages by post id, newest first; a record has few posts, so older pages are read until the
 * cursor's place is passed.
 */
@Component
class PostEntries implements TimelineSource {

	private static final int MAX_PAGES = 10;

	private final FeedStream stream;

	PostEntries(FeedStream stream) {
		this.stream = stream;
	}

	@Override
	public String kind() {
		return "post";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit) {
		List<TimelineEntry> found = new ArrayList<>();
		if (!viewer.can(FeedPermissions.READ)) {
			return found;
		}
		FeedFilter filter = new FeedFilter(null, null, "customer:" + customerId, null, null, null);
		for (int pages = 0; pages < MAX_PAGES && found.size() < limit; pages++) {
			FeedStream.Page page = stream.page(viewer, filter, FeedStream.PAGE_SIZE);
			page.posts()
				.stream()
				.filter(post -> !post.system())
				.map(this::entry)
				.filter(entry -> before == null || before.admits(entry))
				.forEach(found::add);
			if (page.next() == null) {
				break;
			}
			filter = filter.after(page.next());
		}
		return found.size() > limit ? found.subList(0, limit) : found;
	}

	private TimelineEntry entry(PostView post) {
		List<TimelineEntry.File> files = new ArrayList<>();
		post.images().forEach(i -> files.add(new TimelineEntry.File(i.fileName(), i.url(), i.thumbnailUrl(), true)));
		post.files().forEach(f -> files.add(new TimelineEntry.File(f.fileName(), f.url(), null, false)));
		return new TimelineEntry(kind(), post.id(), post.createdAt(), post.authorName(),
				new DefaultMessageSourceResolvable(new String[] { "timeline.post" }, null, "??timeline.post??"),
				post.text(), "/feed/posts/" + post.id(), files);
	}
}
