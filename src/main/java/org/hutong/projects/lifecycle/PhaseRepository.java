package org.hutong.projects.lifecycle;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseRepository extends JpaRepository<Phase, Long> {

	List<Phase> findByProjectIdOrderByPosition(long projectId);

	List<Phase> findByProjectIdInOrderByProjectIdAscPositionAsc(Collection<Long> projectIds);
}
