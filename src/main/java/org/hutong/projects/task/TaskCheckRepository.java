package org.hutong.projects.task;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskCheckRepository extends JpaRepository<TaskCheck, Long> {

	/** A task's checklist in order. */
	List<TaskCheck> findByTaskIdOrderByPositionAscIdAsc(long taskId);

	long countByTaskId(long taskId);

	/** The place after a task's last item. */
	@Query("select coalesce(max(c.position), -1) + 1 from TaskCheck c where c.taskId = :taskId")
	int endOf(long taskId);

	/** Done and total items for each of these tasks, in one grouped query: [taskId, done, total]. */
	@Query("select c.taskId, sum(case when c.done = true then 1 else 0 end), count(c) from TaskCheck c "
			+ "where c.taskId in :taskIds group by c.taskId")
	List<Object[]> progress(Collection<Long> taskIds);
}
