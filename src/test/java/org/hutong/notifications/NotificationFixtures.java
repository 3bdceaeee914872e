package org.hutong.notifications;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.notifications.notice.Notice;
import org.hutong.notifications.notice.NotificationKind;
import org.hutong.notifications.notice.Notifying;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes other modules' events the way they do (inside a transaction, so the module listeners run
 * after commit, asynchronously), waits for the notices, and reads them back by SQL.
 */
public final class NotificationFixtures {

	/** Post and comment ids no feed row has, so tests never meet each other's notices. */
	private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final TestUsers users;

	public NotificationFixtures(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcTemplate jdbc,
			TestUsers users) {
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.users = users;
	}

	public static long nextId() {
		return IDS.incrementAndGet();
	}

	public SignedInUser user(String tenant, String username) {
		return users.load(tenant, username);
	}

	public long id(String tenant, String username) {
		return user(tenant, username).userId();
	}

	public void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	/** Who was told what about a post (or, with a customer id, about a customer): "recipient:KIND" rows. */
	public List<String> aboutPost(long postId) {
		return jdbc.queryForList("SELECT recipient_id || ':' || kind FROM notifications_notification WHERE post_id = ? ORDER BY id",
				String.class, postId);
	}

	public List<String> aboutCustomer(long customerId) {
		return jdbc.queryForList(
				"SELECT recipient_id || ':' || kind FROM notifications_notification WHERE customer_id = ? ORDER BY id",
				String.class, customerId);
	}

	public List<Map<String, Object>> rowsAboutPost(long postId) {
		return jdbc.queryForList("SELECT * FROM notifications_notification WHERE post_id = ? ORDER BY id", postId);
	}

	/** Waits until the rows about a post are exactly these, and stay so for a moment (no late duplicate). */
	public void awaitAboutPost(long postId, String... expected) {
		await().atMost(Duration.ofSeconds(10)).until(() -> aboutPost(postId).size() >= expected.length);
		await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(5))
			.until(() -> aboutPost(postId).equals(List.of(expected)) || sameItems(aboutPost(postId), expected));
	}

	private static boolean sameItems(List<String> found, String... expected) {
		return found.size() == expected.length && found.containsAll(List.of(expected));
	}

	public static String row(long recipient, NotificationKind kind) {
		return recipient + ":" + kind;
	}

	/** A notice delivered straight through the module's service, as a listener would. */
	public static Notice mention(long tenantId, long recipient, long actor, String excerpt) {
		long post = nextId();
		return new Notice(tenantId, recipient, NotificationKind.MENTIONED, actor, post, null, null, null, excerpt,
				"post:" + post + ":mentioned");
	}

	public static Notice followUpDue(long tenantId, long recipient, long customerId, String name) {
		return new Notice(tenantId, recipient, NotificationKind.FOLLOW_UP_DUE, null, null, null, customerId,
				LocalDate.now(), name, "follow_up_due:" + customerId + ":" + nextId());
	}

	public static int deliver(Notifying notifying, Notice notice) {
		return notifying.deliver(notice);
	}
}
