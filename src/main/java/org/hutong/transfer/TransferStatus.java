package org.hutong.transfer;

/**
 * Where a {@link TransferJob} stands. An import goes UPLOADED (mapping to choose) → QUEUED → RUNNING
 * → CHECKED after a dry run, or DONE after the real run; FAILED when it could not go on. An export
 * goes QUEUED → RUNNING → DONE. A RUNNING job whose heartbeat went stale lost its node and may be
 * resumed.
 */
public enum TransferStatus {
	UPLOADED, QUEUED, RUNNING, CHECKED, DONE, FAILED
}
