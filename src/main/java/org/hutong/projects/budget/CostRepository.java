package org.hutong.projects.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CostRepository extends JpaRepository<Cost, Long> {

	List<Cost> findByProjectIdAndDeletedAtIsNull(long projectId);

	boolean existsBySourceKey(String sourceKey);

	/** The project's live costs newest first. */
	@Query("""
			select c from Cost c where c.projectId = :project and c.deletedAt is null
			order by c.spentOn desc, c.id desc""")
	List<Cost> first(long project, Limit limit);

	/**
	 * The project's live costs newest first after a cursor (day, id). A query of its own, since
	 * PostgreSQL cannot type a parameter that is only compared with null.
	 */
	@Query("""
			select c from Cost c where c.projectId = :project and c.deletedAt is null
			and (c.spentOn < :day or (c.spentOn = :day and c.id < :id))
			order by c.spentOn desc, c.id desc""")
	List<Cost> after(long project, LocalDate day, long id, Limit limit);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Cost c where c.id = :id")
	Optional<Cost> lockById(long id);
}
