package org.hutong.notifications.notice;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hutong.identity.Colleagues;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts notices into inboxes and takes them out again. Each notice goes only to a colleague of the
 * notice's enterprise, never to the person who caused it, and at most once per source key: the
 * unique key and {@code ON CONFLICT DO NOTHING} make a replayed event a no-op on both databases.
 */
@Service
public class Notifying {

	private static final String INSERT = """
			INSERT INTO notifications_notification (tenant_id, recipient_id, kind, actor_id, post_id, comment_id,
			  customer_id, due_on, excerpt, source_key, created_at)
			VALUES (:tenantId, :recipientId, :kind, :actorId, :postId, :commentId, :customerId, :dueOn, :excerpt,
			  :sourceKey, :createdAt)
			ON CONFLICT DO NOTHING""";

	private final TenantJdbc jdbc;

	private final Colleagues colleagues;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Notifying(TenantJdbc jdbc, Colleagues colleagues, Clock clock, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.colleagues = colleagues;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Delivers the notices that are due; answers how many rows were new. Opens its own transaction
	 * inside the notices' enterprise (the persistence session takes its tenant when it opens), so
	 * callers — async listeners included — must not be in a transaction of their own.
	 */
	public int deliver(Collection<Notice> notices) {
		List<Notice> due = notices.stream().filter(n -> !Objects.equals(n.recipientId(), n.actorId())).toList();
		if (due.isEmpty()) {
			return 0;
		}
		long tenantId = due.get(0).tenantId();
		return TenantContext.callAs(tenantId, () -> transactions.execute(status -> {
			Set<Long> colleaguesThere = colleagues.names(due.stream().map(Notice::recipientId).toList()).keySet();
			return due.stream()
				.filter(n -> n.tenantId() == tenantId && colleaguesThere.contains(n.recipientId()))
				.mapToInt(this::insert)
				.sum();
		}));
	}

	public int deliver(Notice notice) {
		return deliver(List.of(notice));
	}

	/** A deleted post takes its notices (and its comments') with it. */
	@Transactional
	public int forgetPost(long tenantId, long postId) {
		return jdbc.sql(tenantId, "DELETE FROM notifications_notification WHERE tenant_id = :tenantId AND post_id = :postId")
			.param("postId", postId)
			.update();
	}

	@Transactional
	public int forgetComment(long tenantId, long commentId) {
		return jdbc
			.sql(tenantId, "DELETE FROM notifications_notification WHERE tenant_id = :tenantId AND comment_id = :commentId")
			.param("commentId", commentId)
			.update();
	}

	private int insert(Notice notice) {
		return jdbc.sql(notice.tenantId(), INSERT)
			.param("recipientId", notice.recipientId())
			.param("kind", notice.kind().name())
			.param("actorId", notice.actorId())
			.param("postId", notice.postId())
			.param("commentId", notice.commentId())
			.param("customerId", notice.customerId())
			.param("dueOn", notice.dueOn())
			.param("excerpt", notice.excerpt())
			.param("sourceKey", notice.sourceKey())
			.param("createdAt", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
			.update();
	}
}
