package org.hutong.transfer;

import org.hutong.identity.SignedInUser;

/**
 * The work of one kind of job, run by {@link TransferRunner} once it holds the job's claim, inside
 * the job's enterprise and as its creator. Each implementation commits its progress as it goes
 * through {@link TransferJobs} and ends the pass with {@code finish} or {@code fail}.
 */
public interface TransferWork {

	/** The module's records it works on, as on {@link TransferJob#getSubject()}. */
	String subject();

	TransferKind kind();

	void run(TransferJob job, String claim, SignedInUser creator);
}
