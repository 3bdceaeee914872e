package org.hutong.approvals.request;

import org.hutong.approvals.ApprovalRefused;

/** The node asks for a comment with every decision. */
public class CommentRequired extends RuntimeException implements ApprovalRefused {

	public CommentRequired() {
		super("comment required");
	}

	@Override
	public String messageCode() {
		return "approvals.error.comment-required";
	}
}
