package org.hutong;

import java.time.Duration;
import java.util.List;

import org.hutong.shared.StartupSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Start-up on a cluster: after Flyway has migrated (before the context is up), every module's
 * {@link StartupSeed} runs in order under one database lock, so of N nodes starting at once on an
 * empty database one seeds and the others wait, then find the data and skip. Until that is done the
 * node refuses traffic: {@code /actuator/health/readiness} answers OUT_OF_SERVICE, so a load balancer
 * sends requests only to nodes that are ready.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupSeeding implements ApplicationRunner {

	static final String LOCK = "startup.seeding";

	private static final Logger log = LoggerFactory.getLogger(StartupSeeding.class);

	/** Longer than seeding the demo takes on a slow machine; a node that dies seeding frees the lock then. */
	private static final Duration HOLD_AT_MOST = Duration.ofMinutes(10);

	private final ObjectProvider<StartupSeed> seeds;

	private final ClusterLock lock;

	private final ApplicationEventPublisher events;

	StartupSeeding(ObjectProvider<StartupSeed> seeds, ClusterLock lock, ApplicationEventPublisher events) {
		this.seeds = seeds;
		this.lock = lock;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		seedAll();
	}

	/** Refuses traffic, seeds what is missing under the lock, then accepts traffic. */
	public void seedAll() {
		AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
		List<StartupSeed> ordered = seeds.orderedStream().toList();
		if (!ordered.isEmpty()) {
			long started = System.nanoTime();
			lock.run(LOCK, HOLD_AT_MOST, HOLD_AT_MOST.plusMinutes(5), () -> ordered.forEach(StartupSeed::seed));
			log.info("Start-up seeding ({} seeds) done in {} ms", ordered.size(), (System.nanoTime() - started) / 1_000_000);
		}
		AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
	}
}
