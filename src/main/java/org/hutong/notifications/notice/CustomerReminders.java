package org.hutong.notifications.notice;

import org.hutong.customers.FollowUpDue;
import org.hutong.customers.ReclaimWarned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The customers' daily reminders as notices to the owner, one per customer and day (or reclaim date). */
@Component
class CustomerReminders {

	private final Notifying notifying;

	CustomerReminders(Notifying notifying) {
		this.notifying = notifying;
	}

	@ApplicationModuleListener
	void on(FollowUpDue event) {
		notifying.deliver(Notice.onCustomer(event.tenantId(), event.ownerId(), NotificationKind.FOLLOW_UP_DUE,
				event.customerId(), event.dueOn(), event.customerName()));
	}

	@ApplicationModuleListener
	void on(ReclaimWarned event) {
		notifying.deliver(Notice.onCustomer(event.tenantId(), event.ownerId(), NotificationKind.RECLAIM_WARNING,
				event.customerId(), event.reclaimOn(), event.customerName()));
	}
}
