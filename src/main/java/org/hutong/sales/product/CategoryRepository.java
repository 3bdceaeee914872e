package org.hutong.sales.product;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

	/** The whole tree of the enterprise: a catalogue has tens of categories, not thousands. */
	List<Category> findAllByOrderByPositionAscIdAsc();

	boolean existsByParentId(long parentId);

	boolean existsByParentIdAndName(Long parentId, String name);

	boolean existsByParentIdIsNullAndName(String name);
}
