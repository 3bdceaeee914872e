package org.hutong.approvals.api;

import java.util.Map;

import org.hutong.approvals.UnknownFlow;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormCheck;
import org.hutong.approvals.form.FormValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values sent to the API, checked by the flow's form on the server (the same definitions the pages
 * draw), as the request will store them; a flow without a form takes its values as they come.
 */
@Component
@Transactional(readOnly = true)
class CheckedValues {

	private final FlowRepository flows;

	private final FormCatalog forms;

	private final FormValues formValues;

	CheckedValues(FlowRepository flows, FormCatalog forms, FormValues formValues) {
		this.flows = flows;
		this.forms = forms;
		this.formValues = formValues;
	}

	/** The enabled flow of the key, else {@link UnknownFlow}. */
	Flow flow(String flowKey) {
		return flows.findByKey(flowKey == null ? "" : flowKey).filter(Flow::isEnabled)
			.orElseThrow(() -> new UnknownFlow(flowKey));
	}

	/** The storable values, or {@link InvalidValues} naming each field path. */
	Map<String, Object> of(Flow flow, Map<String, Object> raw) {
		var form = forms.byKey(flow.getFormKey());
		if (form.isEmpty()) {
			return raw == null ? Map.of() : raw;
		}
		FormCheck check = formValues.check(form.get(), raw);
		if (!check.isValid()) {
			throw new InvalidValues(check.problems());
		}
		return check.storable();
	}

	/** The values of the flow's form for a request of that flow, by id (resubmission stays on its flow). */
	Map<String, Object> ofFlow(long flowId, Map<String, Object> raw) {
		return of(flows.findById(flowId).orElseThrow(), raw);
	}
}
