package org.hutong.customers;

import java.time.Instant;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * One entry of a customer's 时间线, from whichever module it comes: a follow-up, a field change, an
 * ownership change, a feed post, later an opportunity won or a contract signed.
 *
 * @param kind the source's kind ({@link TimelineSource#kind()}), which also orders entries of the same instant
 * @param id unique within the kind; with {@code at} and {@code kind} it is the keyset cursor
 * @param actorName who did it, or {@code null} for the system
 * @param summary one line in the reader's language (a message key with arguments, which may be messages too)
 * @param text what the user wrote, shown as plain text, or {@code null}
 * @param href where the entry itself is shown, or {@code null}
 * @param files photos (shown as thumbnails) and other files attached to it
 */
public record TimelineEntry(String kind, long id, Instant at, String actorName, MessageSourceResolvable summary,
		String text, String href, List<File> files) {

	/** An attached file: its name, where it is served and, for a photo, a thumbnail. */
	public record File(String name, String url, String thumbnailUrl, boolean image) {
	}

	public TimelineCursor cursor() {
		return new TimelineCursor(at, kind, id);
	}
}
