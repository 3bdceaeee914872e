package org.hutong.sales.quote;

import java.util.List;

/**
 * A page of quotes: the rows, how many match (up to {@link QuoteSearch#COUNT_CAP}, on the first page
 * only), and the filter of the next page, or {@code null} when this is the last.
 */
public record QuotePage(List<QuoteRow> rows, Long total, QuoteFilter next) {
}
