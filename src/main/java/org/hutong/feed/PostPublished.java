package org.hutong.feed;

import java.util.Set;

import org.hutong.shared.TenantScoped;

/**
 * A post appeared in the feed, published in the posting transaction.
 *
 * @param mentionedUserIds the people @-mentioned who may read the post (others are left out)
 * @param subject the record the post is attached to, such as {@code customer:42}, or {@code null}
 * @param excerpt the start of the post as plain text, for notifications
 */
public record PostPublished(long tenantId, long postId, long authorId, Set<Long> mentionedUserIds, String subject,
		String excerpt) implements TenantScoped {
}
