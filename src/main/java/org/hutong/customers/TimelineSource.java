package org.hutong.customers;

import java.util.List;

import org.hutong.identity.SignedInUser;

/**
 * A kind of entry on a customer's 时间线. The customers module contributes follow-ups, field changes
 * and ownership changes; other modules declare a bean of this type for theirs (the feed its posts,
 * sales its opportunities), so the customers module never learns about them. The timeline asks
 * each source for a page and merges them in {@link TimelineCursor#ORDER}.
 */
public interface TimelineSource {

	/** Lowercase, unique: {@code followup}, {@code change}, {@code owner}, {@code post}. */
	String kind();

	/** The message key of the kind's name, for the timeline's filter. */
	default String label() {
		return "timeline.kind." + kind();
	}

	/** Smaller first in the filter. */
	default int order() {
		return 100;
	}

	/**
	 * Up to {@code limit} entries of the customer after {@code before} ({@code null}: from the newest),
	 * newest first, only those the viewer may see. The timeline has checked that the viewer may read
	 * the customer.
	 */
	List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit);
}
