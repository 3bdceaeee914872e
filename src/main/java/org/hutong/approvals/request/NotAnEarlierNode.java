package org.hutong.approvals.request;

import org.hutong.approvals.ApprovalRefused;

/** 退回 to a node the request has not passed in this round; nothing changed. */
public class NotAnEarlierNode extends RuntimeException implements ApprovalRefused {

	public NotAnEarlierNode(String nodeId) {
		super("not a node passed in this round: " + nodeId);
	}

	@Override
	public String messageCode() {
		return "approvals.error.not-an-earlier-node";
	}
}
