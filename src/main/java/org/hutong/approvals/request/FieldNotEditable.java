package org.hutong.approvals.request;

import org.hutong.approvals.ApprovalRefused;

/** An approver changed a field their node does not let them edit; nothing was saved. */
public class FieldNotEditable extends RuntimeException implements ApprovalRefused {

	private final String field;

	public FieldNotEditable(String field) {
		super("field not editable at this node: " + field);
		this.field = field;
	}

	public String field() {
		return field;
	}

	@Override
	public String messageCode() {
		return "approvals.error.field-not-editable";
	}
}
