package org.hutong.approvals.request;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

	/** The request row locked (SELECT … FOR UPDATE) for the rest of the transaction: every action takes it first. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ApprovalRequest r where r.id = :id")
	Optional<ApprovalRequest> lockById(long id);

	List<ApprovalRequest> findBySubjectTypeAndSubjectIdAndFlowKeyOrderByIdDesc(String subjectType, Long subjectId,
			String flowKey);
}
