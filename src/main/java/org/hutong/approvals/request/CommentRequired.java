package org.hutong.approvals.request;

/** The node asks for a comment with every decision. */
public class CommentRequired extends RuntimeException {

	public CommentRequired() {
		super("comment required");
	}

	public String messageCode() {
		return "approvals.error.comment-required";
	}
}
