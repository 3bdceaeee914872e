package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One 期次 of the payment plan computed from the terms: a term, or the term's part for one batch
 * ({@code batch} null when not split), with its amount in yuan and its due date, null while the
 * trigger has not happened. {@code deemed} says the date comes from a deemed acceptance (视同验收),
 * so the page can say so; {@code waitingFor} lists the preconditions not yet met.
 */
public record Installment(int term, String name, Integer batch, BigDecimal amount, LocalDate dueDate, boolean deemed,
		Set<Precondition> waitingFor, Status status) {

	/**
	 * Where the installment stands on a given day. The engine knows nothing of receipts, so a paid
	 * installment still reads as due or overdue: the contract module sets paid ones apart.
	 */
	public enum Status {
		/** its trigger has not happened, so it has no due date */
		NOT_TRIGGERED,
		/** its due date has come, but a precondition is not met: not collectable yet */
		WAITING_PRECONDITION,
		/** its due date is still ahead */
		NOT_DUE,
		/** due today */
		DUE,
		/** its due date has passed */
		OVERDUE
	}
}
