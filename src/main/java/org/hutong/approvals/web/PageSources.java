package org.hutong.approvals.web;

import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.flow.FlowRules;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.FieldAccess;
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Component;

/** What the approvals pages read besides a request's own rows: flows, forms, field permissions, people. */
@Component
class PageSources {

	private final FlowRepository flows;

	private final FormCatalog forms;

	private final FieldAccess access;

	private final OrgChart org;

	private final RequestSubmission submission;

	PageSources(FlowRepository flows, FormCatalog forms, FieldAccess access, OrgChart org, RequestSubmission submission) {
		this.submission = submission;
		this.flows = flows;
		this.forms = forms;
		this.access = access;
		this.org = org;
	}

	/** The people and departments a form's fields offer, for the values as sent. */
	FormChoices choices(FormDefinition form, FormState state) {
		return FormChoices.of(form, state, org);
	}

	/** The rules of the flow version a request runs by. */
	FlowRules rules(ApprovalRequest request) {
		return submission.rulesOf(request);
	}

	FlowRepository flows() {
		return flows;
	}

	FormCatalog forms() {
		return forms;
	}

	FieldAccess access() {
		return access;
	}

	OrgChart org() {
		return org;
	}
}
