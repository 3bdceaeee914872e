package org.hutong.sales.collection;

import java.time.LocalDate;

/**
 * An installment whose due date moved because an event's date changed, for the contract's history:
 * the term (index from 0, and name), its batch (null when not split), and the date before and after,
 * either of them null when the trigger was not, or is no longer, recorded.
 */
public record DueDateChange(int term, String name, Integer batch, LocalDate before, LocalDate after) {
}
