package org.hutong.approvals.file;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalFileRepository extends JpaRepository<ApprovalFile, Long> {

	List<ApprovalFile> findByIdIn(Collection<Long> ids);

	/** A request's files attached to its decisions (the form's have no action). */
	List<ApprovalFile> findByRequestIdAndActionIdNotNullOrderByIdAsc(long requestId);
}
