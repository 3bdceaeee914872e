package org.hutong.sales.contract;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseTemplateRepository extends JpaRepository<EnterpriseTemplate, Long> {

	/** The current enterprise's templates as its terms page offers them. */
	List<EnterpriseTemplate> findAllByOrderByPositionAscIdAsc();

	Optional<EnterpriseTemplate> findFirstByName(String name);

	boolean existsByNameAndIdNot(String name, long id);
}
