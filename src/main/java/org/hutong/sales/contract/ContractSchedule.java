package org.hutong.sales.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hutong.sales.collection.Installment;
import org.hutong.sales.collection.PaymentPlans;
import org.hutong.sales.collection.WorkingDays;
import org.hutong.web.EnterpriseZone;
import org.springframework.stereotype.Component;

/**
 * A contract's 回款计划 today: its terms through the payment-term engine with the events recorded so
 * far — the signing date, the day its approval made it effective, the day all was shipped and all
 * arrived, its acceptances. Invoices add theirs once they are recorded. Working days are Monday to Friday; an
 * enterprise's holiday calendar is not kept yet.
 */
@Component
class ContractSchedule {

	/** The engine, with the working days contracts count in. */
	static final PaymentPlans PLANS = new PaymentPlans(WorkingDays.mondayToFriday());

	private final PaymentPlans plans = PLANS;

	private final Clock clock;

	ContractSchedule(Clock clock) {
		this.clock = clock;
	}

	/** The plan as of today; none while the contract has no terms, or terms that no longer add up to its amount. */
	List<Installment> of(Contract contract) {
		if (contract.getTerms().isEmpty() || !ContractDrafts.termsFit(contract)) {
			return List.of();
		}
		return plans.plan(contract.paymentTerms(), contract.eventDates(), today());
	}

	/**
	 * The installments' amounts and due days, which never depend on today (so their status here means
	 * nothing); none while the contract has no terms, or terms the engine refuses.
	 */
	static List<Installment> dated(Contract contract) {
		if (contract.getTerms().isEmpty() || contract.getTotal() == null) {
			return List.of();
		}
		try {
			return PLANS.plan(contract.paymentTerms(), contract.eventDates(), LocalDate.EPOCH);
		}
		catch (org.hutong.sales.collection.PaymentTermsInvalid refused) {
			return List.of();
		}
	}

	/** The installment to show first: the earliest dated one not yet settled, else the first still waiting for its event. */
	static Installment next(List<Installment> plan) {
		return plan.stream().filter(i -> i.dueDate() != null)
			.min(java.util.Comparator.comparing(Installment::dueDate))
			.orElse(plan.isEmpty() ? null : plan.get(0));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
	}
}
