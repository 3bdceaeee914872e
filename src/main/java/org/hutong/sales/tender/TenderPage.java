package org.hutong.sales.tender;

import java.math.BigDecimal;
import java.util.List;

/**
 * A page of tenders: the rows, how many match (up to {@link TenderSearch#COUNT_CAP}, on the first
 * page only), on the bonds list the money still out over those shown, and the next page's filter.
 */
public record TenderPage(List<TenderRow> rows, Long total, BigDecimal bondsOut, TenderFilter next) {
}
