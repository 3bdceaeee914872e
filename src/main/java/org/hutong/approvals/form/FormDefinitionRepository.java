package org.hutong.approvals.form;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormDefinitionRepository extends JpaRepository<FormDefinition, Long> {

	Optional<FormDefinition> findByKey(String key);

	boolean existsByKey(String key);

	long countByStockTrue();

	List<FormDefinition> findAllByOrderByStockDescIdAsc();

	List<FormDefinition> findByEnabledTrueOrderByStockDescIdAsc();
}
