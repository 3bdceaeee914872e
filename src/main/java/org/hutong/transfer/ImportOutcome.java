package org.hutong.transfer;

/** What became of one row. */
public enum ImportOutcome {
	CREATED, UPDATED, UNCHANGED, REFUSED
}
