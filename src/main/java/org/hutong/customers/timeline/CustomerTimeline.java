package org.hutong.customers.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hutong.customers.TimelineCursor;
import org.hutong.customers.TimelineEntry;
import org.hutong.customers.TimelineSource;
import org.hutong.customers.customer.CustomerAccess;
import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's 时间线: every {@link TimelineSource}'s entries in one list, newest first, keyset-paged,
 * optionally of one kind. Each source is asked for one more than a page; the merged page ends where
 * the first of them runs past it, so no entry is skipped or shown twice.
 */
@Service
public class CustomerTimeline {

	public static final int PAGE_SIZE = 20;

	private final List<TimelineSource> sources;

	private final CustomerAccess access;

	CustomerTimeline(List<TimelineSource> sources, CustomerAccess access) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(TimelineSource::order)).toList();
		this.access = access;
	}

	/** The kinds the filter offers, in order. */
	public List<TimelineSource> kinds() {
		return sources;
	}

	/** A page of the timeline after {@code after}; an unknown kind shows every kind. */
	@PreAuthorize(CustomerManagement.MAY_READ)
	@Transactional(readOnly = true)
	public TimelinePage page(SignedInUser viewer, long customerId, String kind, String after, int limit) {
		access.readable(viewer, customerId);
		return merge(sources, viewer, customerId, kind, after, limit);
	}

	/** Each source's page after the cursor, merged in the timeline's order and cut to one page. */
	static TimelinePage merge(List<TimelineSource> sources, SignedInUser viewer, long customerId, String kind,
			String after, int limit) {
		String shown = sources.stream().anyMatch(s -> s.kind().equals(kind)) ? kind : null;
		TimelineCursor cursor = TimelineCursor.parse(after);
		List<TimelineEntry> merged = new ArrayList<>();
		for (TimelineSource source : sources) {
			if (shown == null || shown.equals(source.kind())) {
				source.entries(viewer, customerId, cursor, limit + 1)
					.stream()
					.filter(entry -> cursor == null || cursor.admits(entry))
					.forEach(merged::add);
			}
		}
		merged.sort(TimelineCursor.ORDER);
		List<TimelineEntry> page = merged.subList(0, Math.min(limit, merged.size()));
		String next = merged.size() > limit ? page.get(limit - 1).cursor().text() : null;
		return new TimelinePage(customerId, shown, List.copyOf(page), next);
	}
}
