package org.hutong.projects.milestone;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Milestone m where m.id = :id")
	Optional<Milestone> lockById(long id);

	/** The open milestones waiting for that task or deliverable, locked in id order. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Milestone m where m.status = org.hutong.projects.milestone.MilestoneStatus.OPEN and m.id in "
			+ "(select l.milestone.id from MilestoneLink l where l.kind = :kind and l.targetId = :target) order by m.id")
	List<Milestone> lockOpenWaitingFor(MilestoneLink.Kind kind, long target);

	List<Milestone> findByProjectIdOrderByDueOnAscIdAsc(long projectId);

	@Query("select m from Milestone m where m.projectId = :projectId order by m.dueOn, m.id")
	List<Milestone> firstOf(long projectId, org.springframework.data.domain.Limit limit);

	@Query("select m from Milestone m where m.projectId = :projectId and (m.dueOn > :dueOn or (m.dueOn = :dueOn "
			+ "and m.id > :id)) order by m.dueOn, m.id")
	List<Milestone> after(long projectId, java.time.LocalDate dueOn, long id, org.springframework.data.domain.Limit limit);

	boolean existsByProjectId(long projectId);
}
