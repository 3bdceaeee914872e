package org.hutong.feed;

import org.hutong.shared.TenantScoped;

/** A comment was deleted; whatever points at it should go too. */
public record CommentDeleted(long tenantId, long postId, long commentId) implements TenantScoped {
}
