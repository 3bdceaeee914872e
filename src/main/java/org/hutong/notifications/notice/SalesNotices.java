package org.hutong.notifications.notice;

import org.hutong.sales.OpportunityCloseDue;
import org.hutong.sales.PaymentReceived;
import org.hutong.sales.QuoteExpiring;
import org.hutong.sales.TenderDateDue;
import org.hutong.sales.TermFallingDue;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sales reminders as notices to the owner: a receipt confirmed under a contract, a payment term falling due or overdue, a deal expected to close today, a quote about to expire, or expired (one per quote, kind
 * and validity date), and a tender's key date today or tomorrow (one per tender, date and day), each
 * linking to its record. After commit, async and in the publication registry (see {@link FeedNotices}).
 */
@Component
class SalesNotices {

	private final Notifying notifying;

	SalesNotices(Notifying notifying) {
		this.notifying = notifying;
	}

	@Async
	@TransactionalEventListener
	void on(OpportunityCloseDue event) {
		String key = SalesLinks.opportunityKey(event.opportunityId(), "close:" + event.expectedClose());
		notifying.deliver(new Notice(event.tenantId(), event.ownerId(), NotificationKind.OPPORTUNITY_CLOSE_DUE, null, null,
				null, event.customerId(), event.expectedClose(), event.name(), key));
	}

	@Async
	@TransactionalEventListener
	void on(TenderDateDue event) {
		String key = SalesLinks.tenderKey(event.tenderId(), event.dateKind(), event.on().toString());
		notifying.deliver(new Notice(event.tenantId(), event.ownerId(), NotificationKind.TENDER_DATE_DUE, null, null, null,
				event.customerId(), event.on(), event.title(), key));
	}

	/** One per receipt: its key names it, so a replayed event notifies nobody twice. */
	@Async
	@TransactionalEventListener
	void on(PaymentReceived event) {
		String key = SalesLinks.contractKey(event.contractId(), "receipt:" + event.receiptId());
		notifying.deliver(new Notice(event.tenantId(), event.ownerId(), NotificationKind.PAYMENT_RECEIVED,
				event.confirmedBy(), null, null, event.customerId(), null,
				event.contractNumber() + " · ¥" + String.format(java.util.Locale.ROOT, "%,.2f", event.amount()), key));
	}

	/** One per term, kind and due day: its key names them, so a replayed event notifies nobody twice. */
	@Async
	@TransactionalEventListener
	void on(TermFallingDue event) {
		NotificationKind kind = event.overdue() ? NotificationKind.TERM_OVERDUE : NotificationKind.TERM_DUE_SOON;
		String key = SalesLinks.contractKey(event.contractId(),
				kind.name().toLowerCase() + ":" + event.termPosition() + ":" + event.dueOn());
		notifying.deliver(new Notice(event.tenantId(), event.ownerId(), kind, null, null, null, event.customerId(),
				event.dueOn(), event.contractNumber() + " · " + event.termName() + " · " + event.currency() + " "
						+ String.format(java.util.Locale.ROOT, "%,.2f", event.amount()) + " · " + event.customerName(),
				key));
	}

	@Async
	@TransactionalEventListener
	void on(QuoteExpiring event) {
		NotificationKind kind = event.expired() ? NotificationKind.QUOTE_EXPIRED : NotificationKind.QUOTE_EXPIRING;
		String key = SalesLinks.quoteKey(event.quoteId(), kind.name().toLowerCase() + ":" + event.validUntil());
		notifying.deliver(new Notice(event.tenantId(), event.ownerId(), kind, null, null, null, event.customerId(),
				event.validUntil(), event.number() + " · " + event.customerName(), key));
	}
}
