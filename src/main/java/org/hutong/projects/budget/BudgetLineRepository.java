package org.hutong.projects.budget;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

	List<BudgetLine> findByProjectIdOrderByIdAsc(long projectId);

	boolean existsByProjectId(long projectId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from BudgetLine l where l.id = :id")
	Optional<BudgetLine> lockById(long id);
}
