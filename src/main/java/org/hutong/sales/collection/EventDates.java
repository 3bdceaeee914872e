package org.hutong.sales.collection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What has happened under a contract, and when: the dates of its events, per batch for the batch
 * events, and the day our bank guarantee reached the customer. An event recorded without a batch
 * stands for every batch that has no date of its own, so one final acceptance of the whole project
 * serves a contract delivered in batches. Dates outside 2000–2100 are refused here, at the door:
 * they are typing slips (0001, 9999) that would otherwise become due dates.
 */
public record EventDates(Map<Event, LocalDate> dates, LocalDate guaranteeReceived) {

	/** An event kind, for one batch or (batch null) for the contract. */
	public record Event(TriggerEvent kind, Integer batch) {

		public Event {
			Objects.requireNonNull(kind, "kind");
			if (!kind.recorded()) {
				throw new IllegalArgumentException(kind + " is derived, not recorded");
			}
		}
	}

	public EventDates {
		dates = Map.copyOf(dates);
		dates.values().forEach(EventDates::requireSensible);
		if (guaranteeReceived != null) {
			requireSensible(guaranteeReceived);
		}
	}

	public static EventDates none() {
		return new EventDates(Map.of(), null);
	}

	/** The event for the whole contract (or for every batch without a date of its own). */
	public EventDates with(TriggerEvent kind, LocalDate date) {
		return with(new Event(kind, null), date);
	}

	public EventDates with(TriggerEvent kind, int batch, LocalDate date) {
		return with(new Event(kind, batch), date);
	}

	public EventDates withGuaranteeReceived(LocalDate date) {
		return new EventDates(dates, date);
	}

	/** The batch's own date, else the contract's; null when the event has not happened. */
	LocalDate date(TriggerEvent kind, Integer batch) {
		LocalDate own = batch == null ? null : dates.get(new Event(kind, batch));
		return own != null ? own : dates.get(new Event(kind, null));
	}

	boolean met(Precondition precondition, Integer batch) {
		return switch (precondition) {
			case INVOICE_ISSUED -> date(TriggerEvent.INVOICE_ISSUED, batch) != null;
			case GUARANTEE_RECEIVED -> guaranteeReceived != null;
		};
	}

	private EventDates with(Event event, LocalDate date) {
		Map<Event, LocalDate> next = new HashMap<>(dates);
		next.put(event, date);
		return new EventDates(next, guaranteeReceived);
	}

	private static void requireSensible(LocalDate date) {
		if (!TermRules.sensible(date)) {
			throw new IllegalArgumentException("event.date.range: " + date);
		}
	}
}
