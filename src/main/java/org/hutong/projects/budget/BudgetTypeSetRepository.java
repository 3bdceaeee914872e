package org.hutong.projects.budget;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetTypeSetRepository extends JpaRepository<BudgetTypeSet, Long> {

	Optional<BudgetTypeSet> findByTypeId(long typeId);
}
