package org.hutong.sales.opportunity;

import java.util.List;

/**
 * One page of deals, how many match (first page only, up to {@link OpportunitySearch#COUNT_CAP}; one
 * more means "more than that"), and the filter of the next page ({@code null} on the last).
 */
public record OpportunityPage(List<OpportunityRow> rows, Long total, OpportunityFilter next) {

	public boolean totalCapped() {
		return total != null && total > OpportunitySearch.COUNT_CAP;
	}
}
