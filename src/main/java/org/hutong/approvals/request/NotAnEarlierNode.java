package org.hutong.approvals.request;

/** 退回 to a node the request has not passed in this round; nothing changed. */
public class NotAnEarlierNode extends RuntimeException {

	public NotAnEarlierNode(String nodeId) {
		super("not a node passed in this round: " + nodeId);
	}

	public String messageCode() {
		return "approvals.error.not-an-earlier-node";
	}
}
