package org.hutong.projects.lifecycle;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LifecycleTemplateRepository extends JpaRepository<LifecycleTemplate, Long> {

	List<LifecycleTemplate> findAllByOrderByPositionAscIdAsc();

	List<LifecycleTemplate> findByActiveTrueOrderByPositionAscIdAsc();

	Optional<LifecycleTemplate> findByCode(String code);

	/** The template under a row lock until the transaction ends: two editors change it in turn. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from LifecycleTemplate t where t.id = :id")
	Optional<LifecycleTemplate> lockById(long id);
}
