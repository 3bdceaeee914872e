package org.hutong.customers.option;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerOptionRepository extends JpaRepository<CustomerOption, Long> {

	List<CustomerOption> findAllByOrderByKindAscSortOrderAscIdAsc();

	List<CustomerOption> findByKindOrderBySortOrderAscIdAsc(OptionKind kind);

	Optional<CustomerOption> findByKindAndCode(OptionKind kind, String code);

	boolean existsByKind(OptionKind kind);
}
