package org.hutong.sales.retention;

/** What has been done about a 质保金: nothing yet, asked back from the customer, or collected in full. */
public enum RetentionState {
	OPEN, REQUESTED, COLLECTED
}
