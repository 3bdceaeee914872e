package org.hutong;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry moving on a cluster (ADR 0022). A publication whose listener
 * threw is FAILED at once; one left PUBLISHED or PROCESSING by a node that died is marked FAILED by
 * Spring Modulith's staleness monitor after {@code spring.modulith.events.staleness.*}. One node at a
 * time (ShedLock) resubmits the failed ones; each is claimed by an atomic update before it is
 * delivered again, and every listener is idempotent, so a publication delivered twice does no harm.
 * One that keeps failing is tried less and less often, at least every {@code longest-backoff}.
 * Completed publications are deleted after {@code keep-completed}. Nothing is republished blindly at
 * start-up: in a cluster that would replay what another node is still doing.
 */
@Component
public class EventRedelivery {

	private static final int BATCH = 500;

	private final FailedEventPublications failed;

	private final CompletedEventPublications completed;

	private final EventSettings settings;

	private final Clock clock;

	EventRedelivery(FailedEventPublications failed, CompletedEventPublications completed, EventSettings settings,
			Clock clock) {
		this.failed = failed;
		this.completed = completed;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${hutong.events.resubmit-every:PT30S}",
			initialDelayString = "${hutong.events.resubmit-every:PT30S}")
	@SchedulerLock(name = "events.resubmit", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	public void run() {
		resubmitFailed();
	}

	/** Delivers the failed publications that are due again; callable from tests without the schedule or the lock. */
	public void resubmitFailed() {
		Instant now = clock.instant();
		failed.resubmit(ResubmissionOptions.defaults().withBatchSize(BATCH).withFilter(publication -> due(publication, now)));
	}

	@Scheduled(cron = "${hutong.events.purge-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "events.purge", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void purge() {
		purgeCompleted();
	}

	/** Deletes the publications completed more than {@code keep-completed} ago. */
	public void purgeCompleted() {
		completed.deletePublicationsOlderThan(settings.keepCompleted());
	}

	/**
	 * The first retry at once; then after 1, 2, 4 … resubmission periods, at most {@code longest-backoff}.
	 * The registry counts the first delivery as attempt 1 and dates it as the last resubmission.
	 */
	private boolean due(EventPublication publication, Instant now) {
		Instant last = publication.getLastResubmissionDate();
		int attempts = publication.getCompletionAttempts();
		if (last == null || attempts <= 1) {
			return true;
		}
		long factor = 1L << Math.min(attempts - 2, 20);
		Duration wait = settings.resubmitEvery().multipliedBy(factor);
		return !last.plus(wait.compareTo(settings.longestBackoff()) > 0 ? settings.longestBackoff() : wait).isAfter(now);
	}
}
