package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a sum put on a contract — a receipt, an invoice — is spread over its terms, by the terms'
 * index from 0: the oldest due first, or as the user gave it. Either way no term takes more than it
 * still has open; what a receipt and an invoice count as open is theirs to say.
 */
public final class Allocation {

	private Allocation() {
	}

	/** An installment of the plan: its term and due day (null while its event has not happened). */
	public record Slot(int term, LocalDate dueDate) {
	}

	/** A part the user put on a term. */
	public record Part(int term, BigDecimal amount) {
	}

	/** What is wrong with the part at {@code index}: its term is none of the contract's, or it is more than the term has open ({@code open}). */
	public record Problem(int index, Kind kind, BigDecimal open) {

		public enum Kind {
			UNKNOWN_TERM, OVER_TERM
		}
	}

	/** The parts as given, the problems of those refused, and what they add up to. */
	public record Given(Map<Integer, BigDecimal> spread, List<Problem> problems, BigDecimal sum) {

		/** Whether the parts add up to {@code amount}. */
		public boolean addsUpTo(BigDecimal amount) {
			return sum.compareTo(amount) == 0;
		}
	}

	/**
	 * The amount over the terms in the order they fall due — those with a due day by that day, then
	 * the others in plan order — each taking what it has open; what no term can take is left out.
	 */
	public static Map<Integer, BigDecimal> oldestDueFirst(BigDecimal amount, List<Slot> plan, Map<Integer, BigDecimal> open) {
		Map<Integer, BigDecimal> room = new HashMap<>(open);
		Map<Integer, BigDecimal> spread = new LinkedHashMap<>();
		BigDecimal left = amount;
		List<Slot> order = plan.stream()
			.sorted(Comparator.comparing(Slot::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Slot::term))
			.toList();
		for (Slot slot : order) {
			BigDecimal free = room.getOrDefault(slot.term(), BigDecimal.ZERO);
			BigDecimal part = left.min(free);
			if (part.signum() > 0) {
				spread.merge(slot.term(), part, BigDecimal::add);
				room.put(slot.term(), free.subtract(part));
				left = left.subtract(part);
			}
		}
		return spread;
	}

	/** The parts as the user gave them, refusing those on an unknown term or beyond what their term has open. */
	public static Given asGiven(List<Part> parts, Map<Integer, BigDecimal> open) {
		Map<Integer, BigDecimal> spread = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < parts.size(); i++) {
			Part part = parts.get(i);
			BigDecimal room = open.get(part.term());
			if (room == null) {
				problems.add(new Problem(i, Problem.Kind.UNKNOWN_TERM, null));
			}
			else if (part.amount().add(spread.getOrDefault(part.term(), BigDecimal.ZERO)).compareTo(room) > 0) {
				problems.add(new Problem(i, Problem.Kind.OVER_TERM, room));
			}
			else {
				spread.merge(part.term(), part.amount(), BigDecimal::add);
			}
			sum = sum.add(part.amount());
		}
		return new Given(spread, problems, sum);
	}
}
