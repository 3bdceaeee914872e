package org.hutong.approvals.api;

import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's flow writes from the API, each in one transaction: settings and a new version together. */
@Component
@Transactional
class FlowWrites {

	private final FlowManagement management;

	private final FlowRepository flows;

	FlowWrites(FlowManagement management, FlowRepository flows) {
		this.management = management;
		this.flows = flows;
	}

	Flow create(FlowBody body, long adminId) {
		return management.create(body.form(body.key()), body.definition(), adminId);
	}

	/**
	 * The changed settings and definition as the flow's next version, if the flow is still at the
	 * version the admin read (else {@code FlowChanged}); the settings first, as saving the new version
	 * moves the flow's version on.
	 */
	void revise(String key, long expectedVersion, FlowBody body, long adminId) {
		Flow flow = flows.findByKey(key).orElseThrow(RecordNotFound::new);
		management.describe(flow.getId(), expectedVersion, body.form(key));
		management.revise(flow.getId(), expectedVersion, body.definition(), adminId);
	}
}
