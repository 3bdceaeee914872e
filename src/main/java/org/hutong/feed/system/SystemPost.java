package org.hutong.feed.system;

import java.time.Instant;
import java.util.List;

/**
 * A post the feed makes from another module's event: on whose name, on which record, which sentence
 * (a message key, written in the reader's language when shown) with which arguments, and the key of
 * the event it came from, which makes it once only.
 *
 * @param args arguments after the record's name; {@code msg:<key>} is a message key, {@code user:<id>} a person
 */
public record SystemPost(long tenantId, long authorId, String subjectType, long subjectId, String messageKey,
		List<String> args, String sourceEvent, Instant at) {
}
