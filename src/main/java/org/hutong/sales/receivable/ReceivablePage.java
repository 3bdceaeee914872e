package org.hutong.sales.receivable;

import java.math.BigDecimal;
import java.util.List;

/**
 * A page of owed terms, the sums of everything the filter finds (on the first page; null after) and
 * the filter of the next page (null on the last).
 */
public record ReceivablePage(List<ReceivableRow> rows, Sums sums, ReceivableFilter next) {

	/** What the filtered terms owe together, in CNY, and how many they are. */
	public record Sums(BigDecimal owedCny, long count) {
	}
}
