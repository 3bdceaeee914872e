package org.hutong.sales.pricelist;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A price list of {@code demo}, whom it names and its prices are invisible to {@code demo2}: by id, on its page and through the API. */
class PriceListIsolationTests extends TenantIsolationTestBase {

	@Autowired
	PriceListRepository lists;

	@Override
	protected List<Isolated> entities() {
		return List.of(new Isolated("price list", this::newList, id -> lists.findById(id).isPresent(),
				id -> get("/sales/price-lists/{id}", id), id -> get("/api/v1/price-lists/{id}", id)),
				new Isolated("price list form", this::newList, id -> lists.findById(id).isPresent(),
						id -> get("/sales/price-lists/{id}/edit", id), null));
	}

	private long newList() {
		return lists.save(new PriceList(new PriceListForm("隔离价格表", LocalDate.of(2026, 1, 1), null, null, List.of("A"),
				List.of(), null), Instant.now())).getId();
	}
}
