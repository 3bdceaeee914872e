package org.hutong.projects.budget;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetSetRepository extends JpaRepository<BudgetSet, Long> {

	List<BudgetSet> findAllByOrderByPositionAscIdAsc();

	Optional<BudgetSet> findFirstByIsDefaultTrue();
}
