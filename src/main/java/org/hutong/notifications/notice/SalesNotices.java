package org.hutong.notifications.notice;

import java.math.BigDecimal;
import java.util.Locale;

import org.hutong.sales.ContractExpiring;
import org.hutong.sales.GuaranteeExpiring;
import org.hutong.sales.InvoiceIssued;
import org.hutong.sales.OpportunityCloseDue;
import org.hutong.sales.PaymentReceived;
import org.hutong.sales.QuoteExpiring;
import org.hutong.sales.RetentionReleased;
import org.hutong.sales.TenderDateDue;
import org.hutong.sales.TermFallingDue;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sales reminders as notices to the owner: a receipt confirmed, an invoice issued or the 质保金 come back
 * under a contract (one per receipt, invoice, retention), a payment term falling due or overdue, a bank
 * guarantee expiring (one per guarantee and expiry day), a contract nearing its end (one per contract and
 * end date), a deal expected to close today, a quote about
 * to expire, or expired (one per quote, kind and validity date), and a tender's key date today or
 * tomorrow (one per tender, date and day), each linking to its record. The source key names what it is
 * about, so a replayed event notifies nobody twice. After commit, async and in the publication
 * registry (see {@link FeedNotices}).
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
				event.contractNumber() + " · ¥" + money(event.amount()), key));
	}

	/** One per invoice: "发票已开具" with the contract's number and the amount, from whoever recorded it. */
	@Async
	@TransactionalEventListener
	void on(InvoiceIssued event) {
		String key = SalesLinks.contractKey(event.contractId(), "invoice:" + event.invoiceId());
		notifying.deliver(new Notice(event.tenantId(), event.ownerId(), NotificationKind.INVOICE_ISSUED, event.issuedBy(),
				null, null, event.customerId(), null, event.contractNumber() + " · " + money(event.currency(), event.amount()),
				key));
	}

	/** One per retention: it comes back once. */
	@Async
	@TransactionalEventListener
	void on(RetentionReleased event) {
		String key = SalesLinks.contractKey(event.contractId(), "retention:" + event.retentionId());
		notifying.deliver(new Notice(event.tenantId(), event.ownerId(), NotificationKind.RETENTION_RELEASED, null, null,
				null, event.customerId(), null, event.contractNumber() + " · ¥" + money(event.amount()), key));
	}

	/** One per guarantee and expiry day: a guarantee extended to a later day is reminded again. */
	@Async
	@TransactionalEventListener
	void on(GuaranteeExpiring event) {
		String key = SalesLinks.contractKey(event.contractId(),
				"guarantee:" + event.retentionId() + ":" + event.expiresOn());
		notifying.deliver(new Notice(event.tenantId(), event.ownerId(), NotificationKind.GUARANTEE_EXPIRING, null, null,
				null, event.customerId(), event.expiresOn(), event.contractNumber() + " · " + event.guaranteeNumber() + " · "
						+ event.bank() + " · " + money(event.currency(), event.amount()),
				key));
	}

	/** One per contract and end date: a contract extended to a later end is reminded again. */
	@Async
	@TransactionalEventListener
	void on(ContractExpiring event) {
		String key = SalesLinks.contractKey(event.contractId(), "expiring:" + event.endsOn());
		notifying.deliver(new Notice(event.tenantId(), event.ownerId(), NotificationKind.CONTRACT_EXPIRING, null, null,
				null, event.customerId(), event.endsOn(), event.contractNumber() + " · " + event.title(), key));
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
						+ String.format(Locale.ROOT, "%,.2f", event.amount()) + " · " + event.customerName(),
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

	private static String money(BigDecimal amount) {
		return amount == null ? "—" : String.format(Locale.ROOT, "%,.2f", amount);
	}

	/** {@code ¥1,234.00} in yuan, {@code USD 1,234.00} in another currency. */
	private static String money(String currency, BigDecimal amount) {
		return (currency == null || "CNY".equals(currency) ? "¥" : currency + " ") + money(amount);
	}
}
