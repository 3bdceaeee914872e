package org.hutong.feed;

import java.util.Set;

import org.hutong.shared.TenantScoped;

/**
 * A comment or a reply was added to a post, published in the commenting transaction.
 *
 * @param repliedToUserId the author of the comment this one replies to, or {@code null}
 * @param mentionedUserIds the people @-mentioned who may read the post
 * @param excerpt the start of the comment as plain text, for notifications
 */
public record CommentAdded(long tenantId, long postId, long commentId, long postAuthorId, long authorId,
		Long repliedToUserId, Set<Long> mentionedUserIds, String excerpt) implements TenantScoped {
}
