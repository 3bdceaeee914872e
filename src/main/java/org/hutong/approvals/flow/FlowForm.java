package org.hutong.approvals.flow;

/** What an admin sets on a flow besides its node tree. */
public record FlowForm(String key, String name, String icon, String formKey, WhoMaySubmit submitters,
		String numberPrefix, String titleField, String summaryField, Long adminId) {

	public static FlowForm named(String key, String name, String numberPrefix) {
		return new FlowForm(key, name, null, null, WhoMaySubmit.anyone(), numberPrefix, null, null, null);
	}

	public FlowForm administeredBy(Long adminId) {
		return new FlowForm(key, name, icon, formKey, submitters, numberPrefix, titleField, summaryField, adminId);
	}
}
