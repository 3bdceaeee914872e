package org.hutong.projects.budget;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetChoiceRepository extends JpaRepository<BudgetChoice, Long> {

	Optional<BudgetChoice> findByProjectId(long projectId);
}
