package org.hutong.feed;

import org.hutong.shared.TenantScoped;

/** A post was deleted by its author or an administrator; whatever points at it should go too. */
public record PostDeleted(long tenantId, long postId) implements TenantScoped {
}
