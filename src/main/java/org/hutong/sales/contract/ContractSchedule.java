package org.hutong.sales.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hutong.sales.collection.EventDates;
import org.hutong.sales.collection.Installment;
import org.hutong.sales.collection.PaymentPlans;
import org.hutong.sales.collection.TriggerEvent;
import org.hutong.sales.collection.WorkingDays;
import org.hutong.web.EnterpriseZone;
import org.springframework.stereotype.Component;

/**
 * A contract's 回款计划 today: its terms through the payment-term engine with the events recorded so
 * far — the signing date, and the day its approval made it effective. Deliveries, acceptances and
 * invoices add their dates as those records arrive. Working days are Monday to Friday; an
 * enterprise's holiday calendar is not kept yet.
 */
@Component
class ContractSchedule {

	private final PaymentPlans plans = new PaymentPlans(WorkingDays.mondayToFriday());

	private final Clock clock;

	ContractSchedule(Clock clock) {
		this.clock = clock;
	}

	List<Installment> of(Contract contract) {
		if (contract.getTerms().isEmpty()) {
			return List.of();
		}
		return plans.plan(contract.paymentTerms(), events(contract), today());
	}

	/** The installment to show first: the earliest dated one not yet settled, else the first still waiting for its event. */
	static Installment next(List<Installment> plan) {
		return plan.stream().filter(i -> i.dueDate() != null)
			.min(java.util.Comparator.comparing(Installment::dueDate))
			.orElse(plan.isEmpty() ? null : plan.get(0));
	}

	private static EventDates events(Contract contract) {
		EventDates events = EventDates.none();
		if (contract.getSignedOn() != null) {
			events = events.with(TriggerEvent.SIGNING, contract.getSignedOn());
		}
		if (contract.getEffectiveAt() != null) {
			events = events.with(TriggerEvent.APPROVAL, contract.getEffectiveAt().atZone(EnterpriseZone.DEFAULT).toLocalDate());
		}
		return events;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
	}
}
