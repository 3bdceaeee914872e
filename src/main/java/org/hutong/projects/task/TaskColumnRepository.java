package org.hutong.projects.task;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TaskColumnRepository extends JpaRepository<TaskColumn, Long> {

	List<TaskColumn> findByProjectIdOrderByPosition(long projectId);

	List<TaskColumn> findByIdIn(java.util.Collection<Long> ids);

	/** The column under a row lock: cards placed in it (created, moved) take their places one after another. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from TaskColumn c where c.id = :id")
	Optional<TaskColumn> lockById(long id);

	/** A project's columns locked, in order: the board's columns change one after another. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from TaskColumn c where c.projectId = :projectId order by c.position, c.id")
	List<TaskColumn> lockByProjectId(long projectId);
}
