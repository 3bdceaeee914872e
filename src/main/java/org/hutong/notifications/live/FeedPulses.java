package org.hutong.notifications.live;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.hutong.feed.PostPublished;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A new post becomes a content-free pulse for its enterprise, written to the database so every
 * node's {@link LivePoller} passes it to its own streams as the {@code feed} event. Feed pages then
 * fetch what the user may see; the pulse says nothing about the post. One pulse per post: the
 * post's key is unique per enterprise and a second insert does nothing, so a re-delivered event is
 * harmless (kept {@code hutong.notifications.keep-signals}, longer than a publication waits to be resubmitted).
 */
@Component
class FeedPulses {

	private final TenantJdbc jdbc;

	private final Clock clock;

	FeedPulses(TenantJdbc jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PostPublished event) {
		pulse(event.tenantId(), "post:" + event.postId());
	}

	void pulse(long tenantId, String sourceKey) {
		jdbc.sql(tenantId, "INSERT INTO notifications_signal (tenant_id, kind, source_key, created_at) "
				+ "VALUES (:tenantId, :kind, :source, :at) ON CONFLICT DO NOTHING")
			.param("kind", LiveConnections.FEED)
			.param("source", sourceKey)
			.param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
			.update();
	}
}
