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
 * fetch what the user may see; the pulse says nothing about the post.
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
		pulse(event.tenantId());
	}

	void pulse(long tenantId) {
		jdbc.sql(tenantId, "INSERT INTO notifications_signal (tenant_id, kind, created_at) VALUES (:tenantId, :kind, :at)")
			.param("kind", LiveConnections.FEED)
			.param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
			.update();
	}
}
