package org.hutong.notifications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hutong.notifications.NotificationFixtures.row;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.FollowUpDue;
import org.hutong.customers.ReclaimWarned;
import org.hutong.feed.CommentAdded;
import org.hutong.feed.CommentDeleted;
import org.hutong.feed.PostDeleted;
import org.hutong.feed.PostLiked;
import org.hutong.feed.PostPublished;
import org.hutong.notifications.NotificationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each event the module listens to, published as its module does (in a transaction; the listeners run
 * after commit): the right people are told, never the actor nor anyone of another enterprise, once
 * however often the event arrives, and a deleted post or comment takes its notices along.
 */
@HutongTest
class FeedNoticesTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	NotificationFixtures fixtures;

	long tenant;

	long sales;

	long manager;

	long sales2;

	long rd;

	long otherEnterprisesAdmin;

	@BeforeEach
	void setUp() {
		fixtures = new NotificationFixtures(events, transactions, jdbc, new TestUsers(userDetails));
		tenant = fixtures.user("demo", "sales").tenantId();
		sales = fixtures.id("demo", "sales");
		manager = fixtures.id("demo", "manager");
		sales2 = fixtures.id("demo", "sales2");
		rd = fixtures.id("demo", "rd");
		otherEnterprisesAdmin = fixtures.id("demo2", "admin");
	}

	@Test
	void aMentionInAPostTellsTheMentionedButNeitherTheAuthorNorAnotherEnterprise() {
		long post = NotificationFixtures.nextId();
		fixtures.publish(new PostPublished(tenant, post, sales, Set.of(manager, sales, otherEnterprisesAdmin), null,
				"下午三点评审许继项目"));
		fixtures.awaitAboutPost(post, row(manager, NotificationKind.MENTIONED));
		assertThat(fixtures.rowsAboutPost(post)).singleElement().satisfies(notice -> {
			assertThat(notice.get("actor_id")).isEqualTo(sales);
			assertThat(notice.get("excerpt")).isEqualTo("下午三点评审许继项目");
			assertThat(notice.get("read_at")).isNull();
		});
	}

	@Test
	void aCommentTellsThePostsAuthorTheRepliedToAndTheMentionedEachOnce() {
		long post = NotificationFixtures.nextId();
		long comment = NotificationFixtures.nextId();
		fixtures.publish(new CommentAdded(tenant, post, comment, sales, manager, sales2, Set.of(rd, manager), "同意"));
		fixtures.awaitAboutPost(post, row(rd, NotificationKind.MENTIONED), row(sales2, NotificationKind.REPLIED),
				row(sales, NotificationKind.COMMENTED));
	}

	@Test
	void commentingOnMyOwnPostTellsNobodyButWhomIMention() {
		long post = NotificationFixtures.nextId();
		fixtures.publish(new CommentAdded(tenant, post, NotificationFixtures.nextId(), sales, sales, sales, Set.of(),
				"补充一下"));
		long other = NotificationFixtures.nextId();
		fixtures.publish(new CommentAdded(tenant, other, NotificationFixtures.nextId(), sales, sales, null, Set.of(rd),
				"@张伟 看看"));
		fixtures.awaitAboutPost(other, row(rd, NotificationKind.MENTIONED));
		assertThat(fixtures.aboutPost(post)).isEmpty();
	}

	@Test
	void likingAgainAfterTakingTheLikeBackMakesNoSecondNotice() {
		long post = NotificationFixtures.nextId();
		fixtures.publish(new PostLiked(tenant, post, sales, manager));
		fixtures.publish(new PostLiked(tenant, post, sales, manager));
		fixtures.publish(new PostLiked(tenant, post, sales, sales));
		fixtures.publish(new PostLiked(tenant, post, sales, rd));
		fixtures.awaitAboutPost(post, row(sales, NotificationKind.LIKED), row(sales, NotificationKind.LIKED));
		assertThat(fixtures.rowsAboutPost(post)).extracting(notice -> notice.get("actor_id")).containsExactlyInAnyOrder(manager, rd);
	}

	@Test
	void aReplayedEventMakesNoSecondNotice() {
		long post = NotificationFixtures.nextId();
		PostPublished published = new PostPublished(tenant, post, sales, Set.of(manager), "customer:1", "周报");
		fixtures.publish(published);
		fixtures.publish(published);
		fixtures.publish(published);
		fixtures.awaitAboutPost(post, row(manager, NotificationKind.MENTIONED));
	}

	@Test
	void aPostOfAnotherEnterpriseNeverReachesThisOne() {
		long post = NotificationFixtures.nextId();
		long demo2 = fixtures.user("demo2", "admin").tenantId();
		fixtures.publish(new PostPublished(demo2, post, otherEnterprisesAdmin, Set.of(manager, sales), null, "越界"));
		long control = NotificationFixtures.nextId();
		fixtures.publish(new PostPublished(tenant, control, sales, Set.of(manager), null, "对照"));
		fixtures.awaitAboutPost(control, row(manager, NotificationKind.MENTIONED));
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3)).until(() -> fixtures.aboutPost(post).isEmpty());
	}

	@Test
	void aDeletedCommentAndThenADeletedPostTakeTheirNoticesAlong() {
		long post = NotificationFixtures.nextId();
		long comment = NotificationFixtures.nextId();
		fixtures.publish(new PostPublished(tenant, post, sales, Set.of(manager), null, "新品发布"));
		fixtures.publish(new CommentAdded(tenant, post, comment, sales, rd, null, Set.of(), "赞"));
		fixtures.awaitAboutPost(post, row(manager, NotificationKind.MENTIONED), row(sales, NotificationKind.COMMENTED));
		fixtures.publish(new CommentDeleted(tenant, post, comment));
		fixtures.awaitAboutPost(post, row(manager, NotificationKind.MENTIONED));
		fixtures.publish(new PostDeleted(tenant, post));
		await().atMost(Duration.ofSeconds(10)).until(() -> fixtures.aboutPost(post).isEmpty());
	}

	@Test
	void remindersFromCustomersTellTheOwnerOncePerCustomerAndDay() {
		long customer = NotificationFixtures.nextId();
		LocalDate today = LocalDate.of(2031, 3, 14);
		fixtures.publish(new FollowUpDue(tenant, customer, sales, "许昌电气", today));
		fixtures.publish(new FollowUpDue(tenant, customer, sales, "许昌电气", today));
		fixtures.publish(new ReclaimWarned(tenant, customer, sales, "许昌电气", today.plusDays(3)));
		await().atMost(Duration.ofSeconds(10)).until(() -> fixtures.aboutCustomer(customer).size() >= 2);
		await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(5))
			.until(() -> fixtures.aboutCustomer(customer).size() == 2);
		assertThat(fixtures.aboutCustomer(customer)).containsExactlyInAnyOrder(row(sales, NotificationKind.FOLLOW_UP_DUE),
				row(sales, NotificationKind.RECLAIM_WARNING));
		fixtures.publish(new FollowUpDue(tenant, customer, sales, "许昌电气", today.plusDays(1)));
		await().atMost(Duration.ofSeconds(10)).until(() -> fixtures.aboutCustomer(customer).size() == 3);
	}
}
