package org.hutong.approvals.flow;

/** The flow was saved by someone else since it was read (optimistic lock); nothing was saved. */
public class FlowChanged extends RuntimeException {

	public FlowChanged(long flowId) {
		super("flow " + flowId + " changed meanwhile");
	}
}
