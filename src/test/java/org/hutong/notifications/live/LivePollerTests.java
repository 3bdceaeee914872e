package org.hutong.notifications.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The cross-node path (ADR 0016): rows another node wrote — inserted here straight into the tables —
 * reach this node's streams through its poller: a notice to its recipient's streams only, a feed
 * pulse to every stream of that enterprise and of no other, even one keyed by the same user id.
 */
@HutongTest
class LivePollerTests {

	@Autowired
	LivePoller poller;

	@Autowired
	LiveConnections connections;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	SignedInUser rd;

	SignedInUser sales;

	long otherTenant;

	@BeforeEach
	void setUp() {
		TestUsers users = new TestUsers(userDetails);
		rd = users.load("demo", "rd");
		sales = users.load("demo", "sales");
		otherTenant = users.load("demo2", "admin").tenantId();
		poller.poll();
	}

	@Test
	void aNoticeWrittenByAnotherNodeReachesItsRecipientsStreamsHereAndNobodyElses() {
		RecordingStream mine = stream(rd.tenantId(), rd.userId());
		RecordingStream colleagues = stream(sales.tenantId(), sales.userId());
		RecordingStream sameIdOtherEnterprise = stream(otherTenant, rd.userId());
		insertNotice(rd.tenantId(), rd.userId());
		poller.poll();
		await().atMost(Duration.ofSeconds(5)).until(() -> mine.count(LiveConnections.NOTIFICATIONS) == 1);
		poller.poll();
		assertThat(mine.count(LiveConnections.NOTIFICATIONS)).as("told once").isEqualTo(1);
		assertThat(colleagues.count(LiveConnections.NOTIFICATIONS)).isZero();
		assertThat(sameIdOtherEnterprise.count(LiveConnections.NOTIFICATIONS)).isZero();
	}

	@Test
	void aFeedPulseReachesEveryStreamOfItsEnterpriseAndNoOther() {
		RecordingStream first = stream(rd.tenantId(), rd.userId());
		RecordingStream second = stream(sales.tenantId(), sales.userId());
		RecordingStream other = stream(otherTenant, rd.userId());
		insertPulse(rd.tenantId(), Instant.now());
		poller.poll();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> first.count(LiveConnections.FEED) == 1 && second.count(LiveConnections.FEED) == 1);
		assertThat(other.count(LiveConnections.FEED)).isZero();
		assertThat(first.sent).as("content-free").contains("event:feed\ndata:new\n\n");
	}

	@Test
	void oldPulsesArePrunedAndFreshOnesKept() {
		insertPulse(rd.tenantId(), Instant.now().minus(Duration.ofHours(2)));
		insertPulse(rd.tenantId(), Instant.now());
		poller.prune();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifications_signal WHERE created_at < ?", Integer.class,
				Instant.now().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifications_signal", Integer.class)).isPositive();
	}

	private RecordingStream stream(long tenantId, long userId) {
		RecordingStream stream = new RecordingStream();
		connections.register(tenantId, userId, stream);
		return stream;
	}

	private void insertNotice(long tenantId, long recipientId) {
		jdbc.update("""
				INSERT INTO notifications_notification (tenant_id, recipient_id, kind, source_key, created_at)
				VALUES (?, ?, 'MENTIONED', ?, ?)""", tenantId, recipientId, "other-node:" + System.nanoTime(),
				Instant.now().atOffset(ZoneOffset.UTC));
	}

	private void insertPulse(long tenantId, Instant at) {
		jdbc.update("INSERT INTO notifications_signal (tenant_id, kind, created_at) VALUES (?, 'feed', ?)", tenantId,
				at.atOffset(ZoneOffset.UTC));
	}
}
