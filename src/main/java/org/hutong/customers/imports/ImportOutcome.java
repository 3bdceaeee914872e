package org.hutong.customers.imports;

/** What became of one row. */
enum ImportOutcome {
	CREATED, UPDATED, UNCHANGED, REFUSED
}
