package org.hutong.approvals.request;

import org.hutong.approvals.ApprovalRefused;

/** The flow's rule no longer lets the submitter 撤回 this request (someone approved, or never). */
public class WithdrawNotAllowed extends RuntimeException implements ApprovalRefused {

	public WithdrawNotAllowed(long requestId) {
		super("approval request " + requestId + " may no longer be withdrawn");
	}

	@Override
	public String messageCode() {
		return "approvals.error.withdraw-not-allowed";
	}
}
