package org.hutong.customers.followup;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByFollowUpIdInOrderByIdAsc(Collection<Long> followUpIds);
}
