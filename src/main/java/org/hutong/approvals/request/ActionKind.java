package org.hutong.approvals.request;

/**
 * What a history row records. {@code NODE_PASSED}, {@code AUTO_*} and {@code CC} are the engine's own;
 * {@code EDIT} keeps, as its comment, the keys of the fields an approver changed, comma-separated.
 */
public enum ActionKind {
	SUBMIT, RESUBMIT, EDIT, APPROVE, REJECT, TRANSFER, ADD_SIGNER_BEFORE, ADD_SIGNER_AFTER, RETURN, WITHDRAW, REMIND, CC,
	NODE_PASSED, AUTO_PASS, AUTO_REJECT, TIMEOUT_APPROVE, TIMEOUT_REJECT, APPROVED
}
