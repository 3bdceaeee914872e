package org.hutong.approvals.api;

import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.WhoMaySubmit;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A flow as an administrator sends it: its settings and its node tree. On {@code PUT} the key comes
 * from the path and {@code version} (or {@code If-Match}) is the flow's version the admin read.
 */
record FlowBody(String key, String name, String icon, String formKey, WhoMaySubmit submitters, String numberPrefix,
		String titleField, String summaryField, Long adminId,
		@JsonDeserialize(using = LenientDefinition.class) FlowDefinition definition, Long version) {

	static final String EXAMPLE = """
			{"key": "contract", "name": "合同审批", "icon": "file", "numberPrefix": "HT",
			 "submitters": {"everyone": true},
			 "definition": {"nodes": [{"type": "APPROVER", "id": "leader", "name": "直属主管", "mode": "ANY",
			   "sources": [{"kind": "LEADER", "level": 1}]}]}}""";

	FlowForm form(String flowKey) {
		require(flowKey, "key");
		require(name, "name");
		require(numberPrefix, "numberPrefix");
		if (definition == null) {
			throw new MissingField("definition");
		}
		return new FlowForm(flowKey, name, icon, formKey, submitters, numberPrefix, titleField, summaryField, adminId);
	}

	private static void require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new MissingField(field);
		}
	}

	/** A required field of the flow is missing: 422 naming it. */
	static final class MissingField extends RuntimeException {

		private final String field;

		MissingField(String field) {
			super("missing " + field);
			this.field = field;
		}

		String field() {
			return field;
		}
	}
}
