package org.hutong.approvals.admin;

import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowJson;

/**
 * The designer's unsaved draft of one flow, kept in the admin's session between edits and saved at
 * once. {@code flowVersion} is the flow's version when the draft was read, so a save after someone
 * else's is a conflict, and the draft stays for the admin to look at again.
 */
record FlowDraft(String definition, long flowVersion) implements Serializable {

	private static String key(long flowId) {
		return "approvals.admin.draft." + flowId;
	}

	static FlowDraft of(FlowDefinition definition, long flowVersion) {
		return new FlowDraft(FlowJson.write(definition), flowVersion);
	}

	static FlowDraft in(HttpSession session, long flowId) {
		return (FlowDraft) session.getAttribute(key(flowId));
	}

	static void keep(HttpSession session, long flowId, FlowDraft draft) {
		session.setAttribute(key(flowId), draft);
	}

	static void drop(HttpSession session, long flowId) {
		session.removeAttribute(key(flowId));
	}

	FlowDefinition tree() {
		return FlowJson.definition(definition);
	}

	FlowDraft with(FlowDefinition changed) {
		return new FlowDraft(FlowJson.write(changed), flowVersion);
	}
}
