package org.hutong.customers.imports;

/** What one chunk of rows came to; added to the job's counts when the chunk commits. */
final class Tally {

	int processed;

	int created;

	int updated;

	int unchanged;

	int refused;

	void add(ImportOutcome outcome) {
		processed++;
		switch (outcome) {
			case CREATED -> created++;
			case UPDATED -> updated++;
			case UNCHANGED -> unchanged++;
			case REFUSED -> refused++;
		}
	}
}
