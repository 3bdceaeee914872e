package org.hutong.sales.collection;

import java.time.LocalDate;

/**
 * When an installment falls due: its trigger's date (the batch's own, for a batch event) plus the
 * term's offset; for a warranty end, the warranty's start plus its months, then the offset. The
 * answer depends on the recorded events only, never on today, so the same events always give the
 * same dates and a change of dates can be told apart from the passing of time.
 */
final class DueDates {

	/** A due date, and whether it rests on a deemed acceptance rather than a recorded one. */
	record Due(LocalDate date, boolean deemed) {
	}

	private final WorkingDays workingDays;

	DueDates(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	/** Null while the trigger has not happened. */
	Due of(PaymentTerm term, Integer batch, EventDates events) {
		Due start = start(term, batch, events);
		return start == null ? null : new Due(term.offset().from(start.date(), workingDays), start.deemed());
	}

	private Due start(PaymentTerm term, Integer batch, EventDates events) {
		if (term.trigger() == TriggerEvent.FIXED_DATE) {
			return new Due(term.date(), false);
		}
		Due event = event(term.startEvent(), term.deemedAcceptance(), batch, events);
		if (event == null || term.trigger() != TriggerEvent.WARRANTY_END) {
			return event;
		}
		return new Due(event.date().plusMonths(term.retention().warrantyMonths()), event.deemed());
	}

	/**
	 * A recorded date, or under 视同验收 the deadline (arrival + N days) when no acceptance is recorded
	 * by then. That holds before the deadline too: with no acceptance yet, the deadline is when it will
	 * count as done at the latest, and the due date is a forecast that an earlier acceptance replaces.
	 * An acceptance recorded after the deadline changes nothing: the deemed one came first.
	 */
	private static Due event(TriggerEvent kind, DeemedAcceptance deemed, Integer batch, EventDates events) {
		LocalDate recorded = events.date(kind, batch);
		LocalDate arrival = events.date(TriggerEvent.ARRIVAL, batch);
		if (deemed == null || !kind.acceptance() || arrival == null) {
			return recorded == null ? null : new Due(recorded, false);
		}
		LocalDate deadline = arrival.plusDays(deemed.daysAfterArrival());
		if (recorded != null && !recorded.isAfter(deadline)) {
			return new Due(recorded, false);
		}
		return new Due(deadline, true);
	}
}
