package org.hutong.approvals.request;

import org.hutong.approvals.ApprovalRefused;

/** The node asks its approvers to sign their 同意 or 拒绝 by hand, and no signature came with it. */
public class SignatureRequired extends RuntimeException implements ApprovalRefused {

	public SignatureRequired() {
		super("a handwritten signature is required at this node");
	}

	@Override
	public String messageCode() {
		return "approvals.error.signature-required";
	}
}
