package org.hutong.sales.pipeline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LostReasonRepository extends JpaRepository<LostReason, Long> {

	List<LostReason> findAllByOrderByPositionAscIdAsc();

	boolean existsByName(String name);
}
