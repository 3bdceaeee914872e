package org.hutong.sales.pricelist;

import java.time.LocalDate;
import java.util.List;

/** One price list in the list of lists: the levels it names by name, how many single customers, how many prices. */
public record PriceListRow(long id, String name, LocalDate validFrom, LocalDate validTo, List<String> levels,
		int customers, long items, boolean validToday) {
}
