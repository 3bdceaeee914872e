package org.hutong.projects.plan;

import java.util.Objects;

/**
 * Finish-to-start: the successor starts no earlier than the predecessor's finish plus the lag in
 * calendar days. A negative lag (lead) lets it overlap, but never start before the predecessor does,
 * so the lag is at least minus the predecessor's duration.
 */
public record Dependency(String predecessorId, String successorId, int lagDays) {

	public Dependency {
		Objects.requireNonNull(predecessorId, "predecessorId");
		Objects.requireNonNull(successorId, "successorId");
	}

	public static Dependency finishToStart(String predecessorId, String successorId) {
		return new Dependency(predecessorId, successorId, 0);
	}
}
