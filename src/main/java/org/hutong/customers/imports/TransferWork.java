package org.hutong.customers.imports;

import org.hutong.identity.SignedInUser;

/**
 * The work of one kind of job, run by {@link TransferRunner} once it holds the job's claim, inside
 * the job's enterprise and as its creator. Each implementation commits its progress as it goes
 * through {@link TransferJobs} and ends the pass with {@code finish} or {@code fail}.
 */
public interface TransferWork {

	TransferKind kind();

	void run(TransferJob job, String claim, SignedInUser creator);
}
