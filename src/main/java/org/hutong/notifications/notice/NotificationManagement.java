package org.hutong.notifications.notice;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.RecordNotFound;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's inbox: their notices only (anyone else's, in this enterprise or another, is "not
 * found"), newest first in keyset pages, the unread count, and marking one or all read.
 */
@Service
@Transactional(readOnly = true)
public class NotificationManagement {

	public static final int PAGE_SIZE = 20;

	private final NotificationRepository notifications;

	private final Colleagues colleagues;

	private final Clock clock;

	private final TenantJdbc jdbc;

	NotificationManagement(NotificationRepository notifications, Colleagues colleagues, Clock clock,
			TenantJdbc jdbc) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.colleagues = colleagues;
		this.clock = clock;
	}

	/** Notices below the cursor ({@code null}: the newest), unread ones only when asked. */
	public NotificationPage inbox(SignedInUser me, boolean unreadOnly, Long before) {
		long cursor = before == null ? Long.MAX_VALUE : before;
		List<Notification> found = notifications.inbox(me.userId(), cursor, unreadOnly, Limit.of(PAGE_SIZE + 1));
		List<Notification> page = found.subList(0, Math.min(PAGE_SIZE, found.size()));
		Map<Long, String> names = colleagues
			.names(page.stream().map(Notification::getActorId).filter(Objects::nonNull).distinct().toList());
		List<NotificationView> rows = page.stream()
			.map(n -> NotificationView.of(n, n.getActorId() == null ? null : names.get(n.getActorId())))
			.toList();
		Long next = found.size() > PAGE_SIZE ? page.get(page.size() - 1).getId() : null;
		return new NotificationPage(rows, next);
	}

	public NotificationView get(SignedInUser me, long id) {
		Notification notification = mine(me, id);
		String actor = notification.getActorId() == null ? null : colleagues.name(notification.getActorId()).orElse(null);
		return NotificationView.of(notification, actor);
	}

	/**
	 * The bell's count, asked on every page and on each live pulse: one index-only count by plain JDBC,
	 * outside a transaction, which spares the cheapest signed-in request Hibernate's session and a
	 * transaction's round trips.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public long unreadCount(SignedInUser me) {
		return jdbc.sql(me.tenantId(), """
				select count(*) from notifications_notification
				where tenant_id = :tenantId and recipient_id = :recipient and read_at is null""")
			.param("recipient", me.userId())
			.query(Long.class)
			.single();
	}

	/** Marks it read (the first reading counts) and answers it, to go where it leads. */
	@Transactional
	public NotificationView markRead(SignedInUser me, long id) {
		mine(me, id).markRead(clock.instant());
		return get(me, id);
	}

	@Transactional
	public int markAllRead(SignedInUser me) {
		return notifications.markAllRead(me.userId(), clock.instant());
	}

	private Notification mine(SignedInUser me, long id) {
		return notifications.findByIdAndRecipientId(id, me.userId()).orElseThrow(RecordNotFound::new);
	}
}
