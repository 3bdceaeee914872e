package org.hutong.sales.pricelist;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PriceListRepository extends JpaRepository<PriceList, Long> {

	/** The enterprise's lists, newest first: an enterprise keeps tens of them, not thousands. */
	@EntityGraph(attributePaths = "targets")
	List<PriceList> findAllByOrderByValidFromDescIdDesc();

	/** How many prices each list holds, in one grouped count. */
	@Query("select i.priceList.id, count(i) from PriceListItem i group by i.priceList.id")
	List<Object[]> itemCounts();

	/** The lists valid on a day, with whom they name and their prices, newest first. */
	@Query("select distinct l from PriceList l left join fetch l.targets where l.validFrom <= :day "
			+ "and (l.validTo is null or l.validTo >= :day) order by l.validFrom desc, l.id desc")
	List<PriceList> validOn(LocalDate day);
}
