package org.hutong.sales.pricelist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A price list as its page and the API show it: whom it applies to by name, and each product's
 * price next to its list price.
 */
public record PriceListView(long id, String name, LocalDate validFrom, LocalDate validTo, String remarks,
		List<Named> levels, List<Named> customers, List<Line> items, boolean validToday, long version) {

	/** A level (by its code) or a customer (by its id) and its name. */
	public record Named(String key, String name) {
	}

	public record Line(long productId, String code, String name, String unit, BigDecimal listPrice,
			BigDecimal price) {
	}
}
