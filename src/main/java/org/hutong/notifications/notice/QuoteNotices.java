package org.hutong.notifications.notice;

import org.hutong.sales.QuoteExpiring;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A quote about to expire, or expired, as a notice to its owner linking to the quote: one per quote,
 * kind and validity date. After commit, async and in the publication registry (see {@link FeedNotices}).
 */
@Component
class QuoteNotices {

	private final Notifying notifying;

	QuoteNotices(Notifying notifying) {
		this.notifying = notifying;
	}

	@Async
	@TransactionalEventListener
	void on(QuoteExpiring event) {
		NotificationKind kind = event.expired() ? NotificationKind.QUOTE_EXPIRED : NotificationKind.QUOTE_EXPIRING;
		String key = QuoteLinks.key(event.quoteId(), kind.name().toLowerCase() + ":" + event.validUntil());
		notifying.deliver(new Notice(event.tenantId(), event.ownerId(), kind, null, null, null, event.customerId(),
				event.validUntil(), event.number() + " · " + event.customerName(), key));
	}
}
