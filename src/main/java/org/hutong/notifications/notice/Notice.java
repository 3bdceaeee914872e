package org.hutong.notifications.notice;

import java.time.LocalDate;

/**
 * A notice to deliver, as the listeners make it from an event. {@code sourceKey} names its cause
 * (unique per recipient), so the same event delivered twice makes one row.
 */
public record Notice(long tenantId, long recipientId, NotificationKind kind, Long actorId, Long postId,
		Long commentId, Long customerId, LocalDate dueOn, String excerpt, String sourceKey) {

	static final int EXCERPT_LENGTH = 300;

	public Notice {
		if (excerpt != null && excerpt.length() > EXCERPT_LENGTH) {
			excerpt = excerpt.substring(0, EXCERPT_LENGTH - 1) + "…";
		}
	}

	/** A notice about a post or one of its comments, caused by {@code actorId}. */
	static Notice onPost(long tenantId, long recipientId, NotificationKind kind, long actorId, long postId,
			Long commentId, String excerpt, String sourceKey) {
		return new Notice(tenantId, recipientId, kind, actorId, postId, commentId, null, null, excerpt, sourceKey);
	}

	/** A reminder about a customer on a day, sent by nobody. */
	static Notice onCustomer(long tenantId, long recipientId, NotificationKind kind, long customerId,
			LocalDate dueOn, String customerName) {
		String key = kind.name().toLowerCase() + ":" + customerId + ":" + dueOn;
		return new Notice(tenantId, recipientId, kind, null, null, null, customerId, dueOn, customerName, key);
	}
}
