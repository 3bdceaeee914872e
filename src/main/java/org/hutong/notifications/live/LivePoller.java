package org.hutong.notifications.live;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.hutong.notifications.NotificationsSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How an event heard on one node reaches a browser connected to another (ADR 0016): every node
 * reads, every second or so, the notices and feed pulses written since it last looked — one indexed
 * query each, by primary key, across enterprises — and tells its own streams. A row committed late
 * with a smaller id is still found: each read looks a little behind the newest id seen and skips
 * the ids already told. Not cluster-locked: every node must run it.
 */
@Component
public class LivePoller {

	static final int BATCH = 500;

	/** How far below the newest id seen each read starts again, for rows whose transaction committed late. */
	static final long LOOKBACK = 200;

	record Row(long id, long tenantId, Long userId) {
	}

	private final JdbcClient jdbc;

	private final LiveConnections connections;

	private final NotificationsSettings settings;

	private final Clock clock;

	private final Cursor notices = new Cursor();

	private final Cursor pulses = new Cursor();

	LivePoller(JdbcClient jdbc, LiveConnections connections, NotificationsSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.connections = connections;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${hutong.notifications.poll-interval:PT1S}", initialDelayString = "PT2S")
	public synchronized void poll() {
		rows(notices, "notifications_notification", "recipient_id")
			.forEach(row -> connections.toUser(row.tenantId(), row.userId(), LiveConnections.NOTIFICATIONS));
		rows(pulses, "notifications_signal", "CAST(NULL AS BIGINT)")
			.forEach(row -> connections.toEnterprise(row.tenantId(), LiveConnections.FEED));
	}

	@Scheduled(fixedDelayString = "${hutong.notifications.heartbeat:PT20S}", initialDelayString = "PT5S")
	public void heartbeat() {
		connections.heartbeat();
	}

	/** Pulses are only needed until every node has read them. */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	public void prune() {
		jdbc.sql("DELETE FROM notifications_signal WHERE created_at < :cutoff")
			.param("cutoff", clock.instant().minus(settings.keepSignals()).atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The rows of a table this node has not told yet; the first read only finds where the table stands. */
	private List<Row> rows(Cursor cursor, String table, String user) {
		if (!cursor.started()) {
			cursor.start(jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table).query(Long.class).single());
			return List.of();
		}
		String sql = "SELECT id, tenant_id, " + user + " FROM " + table + " WHERE id > :floor ORDER BY id LIMIT " + BATCH;
		return jdbc.sql(sql)
			.param("floor", Math.max(0, cursor.newest() - LOOKBACK))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class)))
			.list()
			.stream()
			.filter(row -> cursor.firstTime(row.id()))
			.toList();
	}
}
