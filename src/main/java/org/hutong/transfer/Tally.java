package org.hutong.transfer;

/** What one chunk of rows came to; added to the job's counts when the chunk commits. */
public final class Tally {

	int processed;

	int created;

	int updated;

	int unchanged;

	int refused;

	public void add(ImportOutcome outcome) {
		processed++;
		switch (outcome) {
			case CREATED -> created++;
			case UPDATED -> updated++;
			case UNCHANGED -> unchanged++;
			case REFUSED -> refused++;
		}
	}
}
