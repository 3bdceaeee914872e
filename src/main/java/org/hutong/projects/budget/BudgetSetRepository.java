package org.hutong.projects.budget;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BudgetSetRepository extends JpaRepository<BudgetSet, Long> {

	List<BudgetSet> findAllByOrderByPositionAscIdAsc();

	Optional<BudgetSet> findFirstByIsDefaultTrue();

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from BudgetSet s where s.id = :id")
	Optional<BudgetSet> lockById(long id);

	/** The set a category belongs to. */
	@Query("select c.set.id from BudgetCategory c where c.id = :category")
	Optional<Long> setOf(long category);

	/** The categories a budget line or a cost (deleted ones too: they keep their rows) names. */
	@Query("""
			select c.id from BudgetCategory c where exists (select 1 from BudgetLine l where l.categoryId = c.id)
			or exists (select 1 from Cost k where k.categoryId = c.id)""")
	List<Long> inUse();
}
