package org.hutong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.CustomerOwnerChanged;
import org.hutong.customers.FollowUpDue;
import org.hutong.customers.FollowUpLogged;
import org.hutong.customers.LeadConverted;
import org.hutong.customers.ReclaimWarned;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.feed.CommentAdded;
import org.hutong.feed.CommentDeleted;
import org.hutong.feed.PostDeleted;
import org.hutong.feed.PostLiked;
import org.hutong.feed.PostPublished;
import org.hutong.notifications.NotificationFixtures;
import org.hutong.notifications.notice.Notice;
import org.hutong.notifications.notice.NotificationKind;
import org.hutong.notifications.notice.Notifying;
import org.hutong.shared.TenantScoped;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events are never lost and never act twice (ADR 0022). Every listener in the publication registry,
 * given its event twice, leaves one effect and completes both publications; a listener that throws
 * leaves its publication FAILED, and the resubmission job delivers it again, once; completed
 * publications are purged after the retention period.
 */
@HutongTest
@Import(EventDeliveryTests.FailingOnce.class)
class EventDeliveryTests {

	/** An event of this test only, whose listener throws the first time it hears of each id. */
	record Probed(long tenantId, long recipientId, long actorId, long probe) implements TenantScoped {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingOnce {

		final Set<Long> failed = ConcurrentHashMap.newKeySet();

		final AtomicInteger deliveries = new AtomicInteger();

		@Bean
		ProbeListener probeListener(Notifying notifying) {
			return new ProbeListener(this, notifying);
		}
	}

	static class ProbeListener {

		private final FailingOnce state;

		private final Notifying notifying;

		ProbeListener(FailingOnce state, Notifying notifying) {
			this.state = state;
			this.notifying = notifying;
		}

		@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
		void on(Probed event) {
			state.deliveries.incrementAndGet();
			if (state.failed.add(event.probe())) {
				throw new IllegalStateException("the first delivery of probe " + event.probe() + " fails");
			}
			notifying.deliver(new Notice(event.tenantId(), event.recipientId(), NotificationKind.MENTIONED,
					event.actorId(), null, null, null, null, "probe", "probe:" + event.probe()));
		}
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Autowired
	EventRedelivery redelivery;

	@Autowired
	FailingOnce failingOnce;

	long tenant;

	long sales;

	long manager;

	@BeforeEach
	void setUp() {
		TestUsers users = new TestUsers(userDetails);
		tenant = users.load("demo", "sales").tenantId();
		sales = users.load("demo", "sales").userId();
		manager = users.load("demo", "manager").userId();
	}

	/**
	 * Delivers the event, and once that is complete delivers it again, as a resubmission after a crash
	 * would: the listener has done its work and now hears of the event a second time.
	 */
	private void twice(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
		awaitCompleted(event.getClass().getName());
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	/** Waits until the count is one and stays one for a moment, and the event's publications are all complete. */
	private void awaitOnce(String eventType, String sql, Object... args) {
		await().atMost(Duration.ofSeconds(30)).until(() -> count(sql, args) >= 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> count(sql, args) == 1);
		awaitCompleted(eventType);
	}

	private void awaitCompleted(String eventType) {
		await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM event_publication "
				+ "WHERE event_type = ? AND completion_date IS NULL", eventType) == 0);
	}

	private long notices(String sourceKey) {
		return count("SELECT COUNT(*) FROM notifications_notification WHERE source_key = ?", sourceKey);
	}

	@Test
	void aPostPublishedTwiceMentionsOnceAndPulsesOnce() {
		long post = NotificationFixtures.nextId();
		twice(new PostPublished(tenant, post, sales, Set.of(manager), null, "评审"));
		awaitOnce(PostPublished.class.getName(),
				"SELECT COUNT(*) FROM notifications_notification WHERE source_key = ?", "post:" + post + ":mentioned");
		assertThat(count("SELECT COUNT(*) FROM notifications_signal WHERE tenant_id = ? AND source_key = ?", tenant,
				"post:" + post)).isOne();
	}

	@Test
	void aCommentALikeAndTheRemindersTwiceNotifyOnceEach() {
		long post = NotificationFixtures.nextId();
		long comment = NotificationFixtures.nextId();
		long customer = NotificationFixtures.nextId();
		twice(new CommentAdded(tenant, post, comment, manager, sales, null, Set.of(), "同意"));
		twice(new PostLiked(tenant, post, manager, sales));
		twice(new FollowUpDue(tenant, customer, sales, "许昌测试客户", LocalDate.of(2026, 12, 2)));
		twice(new ReclaimWarned(tenant, customer, sales, "许昌测试客户", LocalDate.of(2026, 12, 9)));
		String sql = "SELECT COUNT(*) FROM notifications_notification WHERE source_key = ?";
		awaitOnce(CommentAdded.class.getName(), sql, "comment:" + comment + ":commented");
		awaitOnce(PostLiked.class.getName(), sql, "post:" + post + ":liked-by:" + sales);
		awaitOnce(FollowUpDue.class.getName(), sql, "follow_up_due:" + customer + ":2026-12-02");
		awaitOnce(ReclaimWarned.class.getName(), sql, "reclaim_warning:" + customer + ":2026-12-09");
	}

	@Test
	void deletionsTwiceTakeTheNoticesOnceAndComplete() {
		long post = NotificationFixtures.nextId();
		long comment = NotificationFixtures.nextId();
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new PostPublished(tenant, post, sales, Set.of(manager), null, "将删除"));
			events.publishEvent(new CommentAdded(tenant, post, comment, manager, sales, null, Set.of(), "将删除"));
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> notices("post:" + post + ":mentioned") == 1
				&& notices("comment:" + comment + ":commented") == 1);
		twice(new CommentDeleted(tenant, post, comment));
		awaitCompleted(CommentDeleted.class.getName());
		assertThat(notices("comment:" + comment + ":commented")).isZero();
		assertThat(notices("post:" + post + ":mentioned")).isOne();
		twice(new PostDeleted(tenant, post));
		awaitCompleted(PostDeleted.class.getName());
		assertThat(notices("post:" + post + ":mentioned")).isZero();
	}

	@Test
	void customersEventsTwicePostOnceEach() {
		Customer customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("sales");
		long followUp = NotificationFixtures.nextId();
		long lead = NotificationFixtures.nextId();
		Instant at = Instant.parse("2026-12-01T02:00:00Z");
		twice(new FollowUpLogged(tenant, customer.getId(), followUp, sales, "VISIT", at, null));
		twice(new LeadConverted(tenant, lead, customer.getId(), null));
		twice(new CustomerOwnerChanged(tenant, customer.getId(), sales, manager, "TRANSFERRED", sales, null, at));
		String sql = "SELECT COUNT(*) FROM feed_post WHERE tenant_id = ? AND source_event = ?";
		awaitOnce(FollowUpLogged.class.getName(), sql, tenant, "followUp:" + followUp);
		awaitOnce(LeadConverted.class.getName(), sql, tenant, "leadConverted:" + lead);
		awaitOnce(CustomerOwnerChanged.class.getName(), sql, tenant,
				"ownerChanged:" + customer.getId() + ":TRANSFERRED:" + at.toEpochMilli());
	}

	@Test
	void aListenerThatFailedIsDeliveredAgainByTheResubmissionJobOnce() {
		long probe = NotificationFixtures.nextId();
		String type = Probed.class.getName();
		transactions.executeWithoutResult(status -> events.publishEvent(new Probed(tenant, manager, sales, probe)));
		await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM event_publication "
				+ "WHERE event_type = ? AND status = 'FAILED' AND completion_date IS NULL", type) == 1);
		assertThat(notices("probe:" + probe)).isZero();

		redelivery.resubmitFailed();

		await().atMost(Duration.ofSeconds(30)).until(() -> notices("probe:" + probe) == 1);
		awaitCompleted(type);
		redelivery.resubmitFailed();
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> notices("probe:" + probe) == 1);
		assertThat(failingOnce.deliveries.get()).isEqualTo(2);
	}

	@Test
	void completedPublicationsArePurgedAfterTheRetentionPeriodAndIncompleteOnesKept() {
		UUID old = publication(Duration.ofDays(8), true);
		UUID recent = publication(Duration.ofDays(6), true);
		UUID pending = publication(Duration.ofDays(8), false);

		redelivery.purgeCompleted();

		assertThat(count("SELECT COUNT(*) FROM event_publication WHERE id = ?", old)).isZero();
		assertThat(count("SELECT COUNT(*) FROM event_publication WHERE id = ?", recent)).isOne();
		assertThat(count("SELECT COUNT(*) FROM event_publication WHERE id = ?", pending)).isOne();
		jdbc.update("DELETE FROM event_publication WHERE id IN (?, ?)", recent, pending);
	}

	/** A publication of a listener that no longer exists, published and (when completed) finished {@code age} ago. */
	private UUID publication(Duration age, boolean completed) {
		UUID id = UUID.randomUUID();
		Timestamp at = Timestamp.from(Instant.now().minus(age));
		jdbc.update("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, "
				+ "completion_date, status, completion_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", id,
				"org.hutong.Retired.on(java.lang.Object)", "java.lang.Object", "{\"probe\":\"" + id + "\"}", at,
				completed ? at : null, completed ? "COMPLETED" : "PROCESSING");
		return id;
	}
}
