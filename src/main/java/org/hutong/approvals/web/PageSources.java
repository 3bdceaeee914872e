package org.hutong.approvals.web;

import java.util.List;
import java.util.Map;

import org.hutong.approvals.file.ApprovalFile;
import org.hutong.approvals.file.ApprovalFiles;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.flow.FlowRules;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.approvals.form.RecordKinds;
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

	private final ApprovalFiles files;

	private final RecordKinds records;

	PageSources(FlowRepository flows, FormCatalog forms, FieldAccess access, OrgChart org, RequestSubmission submission,
			ApprovalFiles files, RecordKinds records) {
		this.submission = submission;
		this.records = records;
		this.files = files;
		this.flows = flows;
		this.forms = forms;
		this.access = access;
		this.org = org;
	}

	/** The people, departments and records a form's fields offer, for the values as sent. */
	FormChoices choices(FormDefinition form, FormState state) {
		return FormChoices.of(form, state, org, files, records);
	}

	/** The kinds of record link fields point at. */
	RecordKinds records() {
		return records;
	}

	/** The rules of the flow version a request runs by. */
	FlowRules rules(ApprovalRequest request) {
		return submission.rulesOf(request);
	}

	/** A request's decision files by the history row they belong to. */
	Map<Long, List<ApprovalFile>> decisionFiles(long requestId) {
		return files.ofDecisions(requestId);
	}

	/** Files by id (a request's, to show them). */
	Map<Long, ApprovalFile> files(List<Long> ids) {
		return files.byId(ids);
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
