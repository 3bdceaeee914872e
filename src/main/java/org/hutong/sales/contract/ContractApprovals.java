package org.hutong.sales.contract;

import org.hutong.approvals.ApprovalDecided;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.sales.ContractSigned;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A 合同审批 ended: approved, the contract takes effect and {@link ContractSigned} goes out; rejected
 * or withdrawn, it is a draft again, the reason kept for its page (the approvers' comments are on the
 * request it links to). A repeated event, or one for a request the contract no longer waits for,
 * changes nothing.
 */
@Component
class ContractApprovals {

	private final ContractRepository contracts;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	ContractApprovals(ContractRepository contracts, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.contracts = contracts;
		this.transactions = transactions;
		this.events = events;
	}

	/** Outside a transaction of its own: the enterprise has to be set before the session opens. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (decided.subject() == null || !ContractLinks.KIND.equals(decided.subject().type())
				|| !ContractApprovalFlow.KEY.equals(decided.flowKey())) {
			return;
		}
		boolean approved = decided.outcome() == ApprovalStatus.APPROVED;
		String why = decided.outcome() == ApprovalStatus.REJECTED ? "REJECTED" : "WITHDRAWN";
		TenantContext.runAs(decided.tenantId(), () -> transactions.executeWithoutResult(status -> contracts
			.findByApprovalRequestId(decided.requestId())
			.filter(contract -> contract.decided(decided.requestId(), approved, approved ? null : why, decided.occurredAt()))
			.filter(contract -> approved)
			.ifPresent(contract -> events.publishEvent(new ContractSigned(decided.tenantId(), contract.getId(),
					contract.getNumber(), contract.getTitle(), contract.getCustomerId(), contract.getOpportunityId(),
					contract.getAmountCny(), contract.getOwnerId(), decided.occurredAt())))));
	}
}
