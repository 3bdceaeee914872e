package org.hutong.approvals.request;

import java.util.Map;

import org.hutong.shared.SubjectRef;

/** What a new request is made of; {@code subject} may be {@code null}. */
record RequestDraft(String number, long flowId, String flowKey, long flowVersionId, SubjectRef subject, long submitterId,
		Long submitterDepartmentId, String title, String summary, Map<String, Object> values) {
}
