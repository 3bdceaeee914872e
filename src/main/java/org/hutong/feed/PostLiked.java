package org.hutong.feed;

import org.hutong.shared.TenantScoped;

/** Someone liked a post; liking it again after taking the like back publishes again (listeners keep one notice). */
public record PostLiked(long tenantId, long postId, long postAuthorId, long likerId) implements TenantScoped {
}
