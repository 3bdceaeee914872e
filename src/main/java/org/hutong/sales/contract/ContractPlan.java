package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hutong.sales.collection.Installment;
import org.hutong.sales.collection.TriggerEvent;

/**
 * The 回款计划 a contract keeps on its terms for the receivables: each term's amount and due day as
 * the engine plans them now, and what is still owed on it while the contract binds or has ended. A
 * due day that moves once the contract has left draft is written into the 变更记录, with the event
 * that moved it when known.
 */
final class ContractPlan {

	/** A term's part of the plan: the sum of its installments and the last of their due days (null: not yet dated). */
	record TermPlan(BigDecimal amount, LocalDate dueOn) {
	}

	private ContractPlan() {
	}

	/** Brings the contract's terms in line with the plan the engine makes of them now. */
	static void refresh(Contract contract, TriggerEvent cause, Instant now) {
		List<ContractTerm> terms = contract.getTerms();
		List<TermPlan> planned = perTerm(ContractSchedule.dated(contract), terms.size());
		ContractStatus status = contract.getStatus();
		boolean receivable = !contract.isDeleted() && status != ContractStatus.DRAFT && status != ContractStatus.APPROVING;
		for (int index = 0; index < terms.size(); index++) {
			ContractTerm term = terms.get(index);
			TermPlan plan = planned.get(index);
			LocalDate before = term.getDueOn();
			if (before != null && !before.equals(plan.dueOn()) && !status.editable()) {
				contract.termChanges().add(new ContractTermChange(contract, term, cause, before, plan.dueOn(), now));
			}
			term.planned(plan.amount(), plan.dueOn(), receivable, contract.getCnyRate(), contract.getOwnerId(),
					contract.getCustomerId());
		}
	}

	/**
	 * The installments summed per term (by the term's index), a term split into batches keeping the
	 * sum of its batches and the last of their due days; a term without installments plans nothing.
	 */
	static List<TermPlan> perTerm(List<Installment> plan, int terms) {
		List<TermPlan> result = new ArrayList<>(terms);
		for (int index = 0; index < terms; index++) {
			BigDecimal amount = null;
			LocalDate due = null;
			for (Installment installment : plan) {
				if (installment.term() == index) {
					amount = amount == null ? installment.amount() : amount.add(installment.amount());
					due = due == null || (installment.dueDate() != null && installment.dueDate().isAfter(due))
							? installment.dueDate() : due;
				}
			}
			result.add(new TermPlan(amount, due));
		}
		return result;
	}
}
