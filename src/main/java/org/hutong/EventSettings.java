package org.hutong;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the event publication registry is kept (ADR 0022).
 *
 * @param resubmitEvery how often one node resubmits failed publications (stale ones are marked failed
 *        by Spring Modulith's staleness monitor, {@code spring.modulith.events.staleness.*})
 * @param longestBackoff the longest wait before a publication that keeps failing is tried again
 * @param keepCompleted how long completed publications are kept before the daily purge deletes them
 * @param purgeCron when the purge runs (Asia/Shanghai)
 */
@ConfigurationProperties("hutong.events")
public record EventSettings(Duration resubmitEvery, Duration longestBackoff, Duration keepCompleted, String purgeCron) {

	public EventSettings {
		resubmitEvery = resubmitEvery == null ? Duration.ofSeconds(30) : resubmitEvery;
		longestBackoff = longestBackoff == null ? Duration.ofHours(1) : longestBackoff;
		keepCompleted = keepCompleted == null ? Duration.ofDays(7) : keepCompleted;
		purgeCron = purgeCron == null ? "0 30 3 * * *" : purgeCron;
	}
}
