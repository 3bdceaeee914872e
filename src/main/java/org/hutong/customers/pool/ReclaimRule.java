package org.hutong.customers.pool;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * 回收规则 in numbers: an owned customer untouched (no follow-up since it was last followed up, or
 * since it was created) for {@code reclaimAfterDays} days goes back to the pool; its owner is warned
 * {@code warnDaysBefore} days ahead. A blank {@code reclaimAfterDays} turns reclaiming off.
 */
public record ReclaimRule(Integer reclaimAfterDays, Integer warnDaysBefore) {

	/** Reclaiming is off. */
	public static final ReclaimRule OFF = new ReclaimRule(null, null);

	public boolean isOn() {
		return reclaimAfterDays != null && reclaimAfterDays > 0;
	}

	/** Customers last touched at or before this instant are due now; empty when off. */
	public Optional<Instant> dueCutoff(Instant now) {
		return isOn() ? Optional.of(now.minus(Duration.ofDays(reclaimAfterDays))) : Optional.empty();
	}

	/** Customers last touched at or before this instant are due within the warning days; empty without one. */
	public Optional<Instant> warnCutoff(Instant now) {
		if (!isOn() || warnDaysBefore == null || warnDaysBefore <= 0) {
			return Optional.empty();
		}
		return Optional.of(now.minus(Duration.ofDays(reclaimAfterDays - (long) warnDaysBefore)));
	}

	/** When a customer last touched at {@code lastTouched} will be reclaimed; empty when off. */
	public Optional<Instant> reclaimAt(Instant lastTouched) {
		return isOn() ? Optional.of(lastTouched.plus(Duration.ofDays(reclaimAfterDays))) : Optional.empty();
	}

	public boolean isDue(Instant lastTouched, Instant now) {
		return dueCutoff(now).map(cutoff -> !lastTouched.isAfter(cutoff)).orElse(false);
	}

	/** Warned: due within the warning days, but not yet. */
	public boolean isWarned(Instant lastTouched, Instant now) {
		return !isDue(lastTouched, now) && warnCutoff(now).map(cutoff -> !lastTouched.isAfter(cutoff)).orElse(false);
	}
}
