package org.hutong.approvals.file;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalFileRepository extends JpaRepository<ApprovalFile, Long> {

	List<ApprovalFile> findByIdIn(Collection<Long> ids);
}
