package org.hutong.projects.gantt;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskDependencyRepository extends JpaRepository<TaskDependency, Long> {

	List<TaskDependency> findByProjectIdOrderById(long projectId);

	boolean existsByPredecessorIdAndSuccessorId(long predecessorId, long successorId);
}
