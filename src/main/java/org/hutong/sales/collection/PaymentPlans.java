package org.hutong.sales.collection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The 回款计划 engine: from a contract's terms and what has happened under it, the installments it
 * is owed, with amounts to the fen, due dates and where each stands today. It holds no state, reads
 * no clock and touches no database: the contract module passes today in the enterprise's time zone
 * (so tests fix the day), stores what it needs and recomputes whenever an event is recorded.
 */
public final class PaymentPlans {

	private final DueDates dueDates;

	/** @param workingDays the calendar working-day offsets count in; {@link WorkingDays#mondayToFriday()} for now */
	public PaymentPlans(WorkingDays workingDays) {
		this.dueDates = new DueDates(Objects.requireNonNull(workingDays, "workingDays"));
	}

	/**
	 * The installments in the terms' order, a batch-paid term's batches in the batches' order.
	 *
	 * @throws PaymentTermsInvalid when the terms fail {@link ContractTerms#check()}
	 */
	public List<Installment> plan(ContractTerms contract, EventDates events, LocalDate today) {
		requireValid(contract);
		return TermAmounts.slots(contract).stream().map(slot -> installment(slot, events, today)).toList();
	}

	/**
	 * The installments whose due date differs between two versions of the events (an arrival
	 * corrected, an acceptance recorded), for the caller to write into the contract's history.
	 *
	 * @throws PaymentTermsInvalid when the terms fail {@link ContractTerms#check()}
	 */
	public List<DueDateChange> changes(ContractTerms contract, EventDates before, EventDates after) {
		requireValid(contract);
		List<DueDateChange> changes = new ArrayList<>();
		for (TermAmounts.Slot slot : TermAmounts.slots(contract)) {
			LocalDate was = dateOf(slot, before);
			LocalDate now = dateOf(slot, after);
			if (!Objects.equals(was, now)) {
				changes.add(new DueDateChange(slot.index(), slot.term().name(), slot.batch(), was, now));
			}
		}
		return List.copyOf(changes);
	}

	private static void requireValid(ContractTerms contract) {
		TermCheck check = contract.check();
		if (!check.isValid()) {
			throw new PaymentTermsInvalid(check);
		}
	}

	private Installment installment(TermAmounts.Slot slot, EventDates events, LocalDate today) {
		DueDates.Due due = dueDates.of(slot.term(), slot.batch(), events);
		Set<Precondition> waiting = waitingFor(slot, events);
		LocalDate date = due == null ? null : due.date();
		boolean deemed = due != null && due.deemed();
		return new Installment(slot.index(), slot.term().name(), slot.batch(), slot.amount(), date, deemed, waiting,
				status(due, waiting, today));
	}

	private LocalDate dateOf(TermAmounts.Slot slot, EventDates events) {
		DueDates.Due due = dueDates.of(slot.term(), slot.batch(), events);
		return due == null ? null : due.date();
	}

	private static Set<Precondition> waitingFor(TermAmounts.Slot slot, EventDates events) {
		Set<Precondition> waiting = EnumSet.noneOf(Precondition.class);
		slot.term().preconditions().stream()
			.filter(precondition -> !events.met(precondition, slot.batch()))
			.forEach(waiting::add);
		return waiting.isEmpty() ? Set.of() : Collections.unmodifiableSet(waiting);
	}

	/** A missing precondition matters once the date has come: before that the installment is simply not due. */
	private static Installment.Status status(DueDates.Due due, Set<Precondition> waiting, LocalDate today) {
		if (due == null) {
			return Installment.Status.NOT_TRIGGERED;
		}
		if (today.isBefore(due.date())) {
			return Installment.Status.NOT_DUE;
		}
		if (!waiting.isEmpty()) {
			return Installment.Status.WAITING_PRECONDITION;
		}
		return today.isEqual(due.date()) ? Installment.Status.DUE : Installment.Status.OVERDUE;
	}
}
