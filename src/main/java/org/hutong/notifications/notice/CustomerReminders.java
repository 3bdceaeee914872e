package org.hutong.notifications.notice;

import org.hutong.customers.FollowUpDue;
import org.hutong.customers.ReclaimWarned;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The customers' daily reminders as notices to the owner, one per customer and day (or reclaim date).
 * After commit, async and in the publication registry; no outer transaction (see {@link FeedNotices}).
 */
@Component
class CustomerReminders {

	private final Notifying notifying;

	CustomerReminders(Notifying notifying) {
		this.notifying = notifying;
	}

	@Async
	@TransactionalEventListener
	void on(FollowUpDue event) {
		notifying.deliver(Notice.onCustomer(event.tenantId(), event.ownerId(), NotificationKind.FOLLOW_UP_DUE,
				event.customerId(), event.dueOn(), event.customerName()));
	}

	@Async
	@TransactionalEventListener
	void on(ReclaimWarned event) {
		notifying.deliver(Notice.onCustomer(event.tenantId(), event.ownerId(), NotificationKind.RECLAIM_WARNING,
				event.customerId(), event.reclaimOn(), event.customerName()));
	}
}
