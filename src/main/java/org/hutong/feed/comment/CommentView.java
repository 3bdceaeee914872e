package org.hutong.feed.comment;

import java.time.Instant;
import java.util.List;

/**
 * A comment as pages and the API show it; {@code html} is escaped text with the feed's own links.
 *
 * @param replyToName the name of the person a reply answers, or {@code null}
 */
public record CommentView(long id, long postId, Long parentId, long authorId, String authorName, String text,
		String html, String replyToName, boolean mayDelete, Instant createdAt, List<CommentView> replies) {
}
