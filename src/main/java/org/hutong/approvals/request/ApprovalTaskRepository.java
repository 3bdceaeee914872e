package org.hutong.approvals.request;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApprovalTaskRepository extends JpaRepository<ApprovalTask, Long> {

	List<ApprovalTask> findByRequestIdAndNodeIdAndVisitOrderByPositionAscIdAsc(long requestId, String nodeId, int visit);

	List<ApprovalTask> findByRequestIdAndStateInOrderByIdAsc(long requestId, Collection<TaskState> states);

	List<ApprovalTask> findByRequestIdOrderByIdAsc(long requestId);

	@Query("select coalesce(max(t.visit), 0) from ApprovalTask t where t.requestId = :requestId and t.nodeId = :nodeId")
	int lastVisit(long requestId, String nodeId);

	/** The task's request, without loading the task before its request is locked. */
	@Query("select t.requestId from ApprovalTask t where t.id = :id")
	java.util.Optional<Long> requestOf(long id);

	long countByAssigneeIdAndState(long assigneeId, TaskState state);
}
