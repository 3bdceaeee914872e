package org.hutong.sales.pricelist;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A price list of {@code demo}, whom it names and its prices are invisible to {@code demo2}: by id, on its page and through the API. */
class PriceListIsolationTests extends TenantIsolationTestBase {

	@Autowired
	PriceListRepository lists;

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(new Isolated("price list", this::newList, id -> lists.findById(id).isPresent(),
				id -> get("/sales/price-lists/{id}", id), id -> get("/api/v1/price-lists/{id}", id)),
				new Isolated("price list form", this::newList, id -> lists.findById(id).isPresent(),
						id -> get("/sales/price-lists/{id}/edit", id), null),
				new Isolated("price list target", () -> first("PriceListTarget", newList()),
						id -> visible("PriceListTarget", id), null, null),
				new Isolated("price list item", this::newItem, id -> visible("PriceListItem", id), null, null));
	}

	/** A list with one price, for one of the demo catalogue's products; answers the item's id. */
	private long newItem() {
		long product = entityManager.createQuery("select p.id from Product p order by p.id", Long.class)
			.setMaxResults(1)
			.getSingleResult();
		PriceList list = lists.findById(newList()).orElseThrow();
		list.price(product, BigDecimal.ONE, Instant.now());
		entityManager.flush();
		return first("PriceListItem", list.getId());
	}

	private long first(String entity, long listId) {
		entityManager.flush();
		return entityManager.createQuery("select x.id from " + entity + " x where x.priceList.id = :list order by x.id", Long.class)
			.setParameter("list", listId)
			.setMaxResults(1)
			.getSingleResult();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(x) from " + entity + " x where x.id = :id", Long.class)
			.setParameter("id", id)
			.getSingleResult() > 0;
	}

	private long newList() {
		return lists.save(new PriceList(new PriceListForm("隔离价格表", LocalDate.of(2026, 1, 1), null, null, List.of("A"),
				List.of(), null), Instant.now())).getId();
	}
}
