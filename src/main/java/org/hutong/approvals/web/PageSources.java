package org.hutong.approvals.web;

import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.approvals.request.HiddenFields;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Component;

/** What the approvals pages read besides a request's own rows: flows, forms, field permissions, people. */
@Component
class PageSources {

	private final FlowRepository flows;

	private final FormCatalog forms;

	private final HiddenFields hidden;

	private final OrgChart org;

	PageSources(FlowRepository flows, FormCatalog forms, HiddenFields hidden, OrgChart org) {
		this.flows = flows;
		this.forms = forms;
		this.hidden = hidden;
		this.org = org;
	}

	/** The people and departments a form's fields offer, for the values as sent. */
	FormChoices choices(FormDefinition form, FormState state) {
		return FormChoices.of(form, state, org);
	}

	FlowRepository flows() {
		return flows;
	}

	FormCatalog forms() {
		return forms;
	}

	HiddenFields hidden() {
		return hidden;
	}

	OrgChart org() {
		return org;
	}
}
