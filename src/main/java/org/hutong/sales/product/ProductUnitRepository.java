package org.hutong.sales.product;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductUnitRepository extends JpaRepository<ProductUnit, Long> {

	List<ProductUnit> findAllByOrderByPositionAscIdAsc();

	boolean existsByName(String name);

	long count();
}
