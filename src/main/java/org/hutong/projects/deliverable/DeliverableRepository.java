package org.hutong.projects.deliverable;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeliverableRepository extends JpaRepository<Deliverable, Long> {

	/** The deliverable under a row lock until the transaction ends: two uploads at once number their versions in turn. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Deliverable d where d.id = :id")
	Optional<Deliverable> lockById(long id);

	/** A phase's deliverables under row locks, in id order (so two lockers wait rather than deadlock). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Deliverable d where d.projectId = :projectId and d.phaseId = :phaseId order by d.id")
	List<Deliverable> lockByPhase(long projectId, long phaseId);

	List<Deliverable> findByProjectIdOrderByPhaseIdAscPositionAscIdAsc(long projectId);

	List<Deliverable> findByProjectIdAndPhaseId(long projectId, long phaseId);

	boolean existsByPhaseDeliverableId(long phaseDeliverableId);

	boolean existsByVersionsGreaterThan(int versions);
}
