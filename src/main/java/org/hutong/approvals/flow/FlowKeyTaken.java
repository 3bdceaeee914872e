package org.hutong.approvals.flow;

/** Another flow of the enterprise already has this key. */
public class FlowKeyTaken extends RuntimeException {

	public FlowKeyTaken(String key) {
		super("flow key taken: " + key);
	}
}
