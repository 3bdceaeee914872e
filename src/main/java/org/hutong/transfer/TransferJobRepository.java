package org.hutong.transfer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TransferJobRepository extends JpaRepository<TransferJob, Long> {

	/** A job of this creator only: another user's job is "not found". */
	Optional<TransferJob> findByIdAndCreatedByAndSubjectAndKind(long id, long createdBy, String subject, TransferKind kind);

	/** The creator's jobs of a subject and kind, newest first, before the id {@code before} (keyset). */
	@Query("""
			select j from TransferJob j where j.createdBy = :createdBy and j.subject = :subject and j.kind = :kind and j.id < :before
			order by j.id desc""")
	List<TransferJob> page(long createdBy, String subject, TransferKind kind, long before, Limit limit);

	/** The same, of files whose name holds {@code pattern} (a lower-case LIKE pattern, {@code !} escaping). */
	@Query("""
			select j from TransferJob j where j.createdBy = :createdBy and j.subject = :subject and j.kind = :kind and j.id < :before
			and lower(j.fileName) like :pattern escape '!' order by j.id desc""")
	List<TransferJob> pageNamed(long createdBy, String subject, TransferKind kind, long before, String pattern, Limit limit);
}
