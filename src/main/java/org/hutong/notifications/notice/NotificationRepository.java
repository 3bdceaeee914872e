package org.hutong.notifications.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Notices of the current enterprise (Hibernate's tenant filter), always for one recipient. */
public interface NotificationRepository extends Repository<Notification, Long> {

	Optional<Notification> findById(long id);

	Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

	/** The inbox, newest first, below a keyset cursor ({@code Long.MAX_VALUE} for the first page). */
	@Query("""
			select n from Notification n where n.recipientId = :recipientId and n.id < :before
			and (:unreadOnly = false or n.readAt is null) order by n.id desc""")
	List<Notification> inbox(long recipientId, long before, boolean unreadOnly, Limit limit);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(long recipientId, Instant now);
}
