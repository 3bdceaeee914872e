package org.hutong.approvals.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalActionRepository extends JpaRepository<ApprovalAction, Long> {

	List<ApprovalAction> findByRequestIdOrderByIdAsc(long requestId);
}
