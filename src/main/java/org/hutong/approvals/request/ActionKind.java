package org.hutong.approvals.request;

/** What a history row records. {@code NODE_PASSED}, {@code AUTO_*} and {@code CC} are the engine's own. */
public enum ActionKind {
	SUBMIT, RESUBMIT, APPROVE, REJECT, TRANSFER, ADD_SIGNER_BEFORE, ADD_SIGNER_AFTER, RETURN, WITHDRAW, REMIND, CC,
	NODE_PASSED, AUTO_PASS, AUTO_REJECT, TIMEOUT_APPROVE, TIMEOUT_REJECT, APPROVED
}
