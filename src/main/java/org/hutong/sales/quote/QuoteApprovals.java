package org.hutong.sales.quote;

import org.hutong.approvals.ApprovalDecided;
import org.hutong.tenancy.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A 报价折扣审批 ended: the quote it was for is approved (up to the discount it then had), rejected,
 * or back to none when the request was withdrawn. A repeated event, or one for a request the quote no
 * longer waits for, changes nothing.
 */
@Component
class QuoteApprovals {

	private final QuoteRepository quotes;

	private final TransactionTemplate transactions;

	QuoteApprovals(QuoteRepository quotes, TransactionTemplate transactions) {
		this.quotes = quotes;
		this.transactions = transactions;
	}

	/** Outside a transaction of its own: the enterprise has to be set before the session opens. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (decided.subject() == null || !QuoteLinks.KIND.equals(decided.subject().type())) {
			return;
		}
		QuoteApproval outcome = switch (decided.outcome()) {
			case APPROVED -> QuoteApproval.APPROVED;
			case REJECTED -> QuoteApproval.REJECTED;
			default -> QuoteApproval.NONE;
		};
		TenantContext.runAs(decided.tenantId(), () -> transactions.executeWithoutResult(status -> quotes
			.findByApprovalRequestId(decided.requestId())
			.ifPresent(quote -> quote.approvalDecided(decided.requestId(), outcome))));
	}
}
