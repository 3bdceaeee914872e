package org.hutong.projects.gate;

import java.util.List;

import org.hutong.approvals.Approvals;
import org.hutong.approvals.SubjectFlow;
import org.hutong.approvals.SubjectFlow.Field;
import org.hutong.approvals.SubjectFlow.Kind;
import org.hutong.identity.TenantDefaults;
import org.hutong.shared.StartupSeed;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 阶段评审 as an approval: every enterprise gets its form and a 或签 flow to the gatekeepers each review
 * names (the phase's persons and the members of its role), so the review waits in their 审批 inbox.
 */
@Component
@Order(21)
class GateFlow implements TenantDefaults, StartupSeed {

	static final String KEY = "projectGate";

	static final String SUBJECT = "gate";

	static final String PROJECT = "project";

	static final String PHASE = "phase";

	static final String GATE = "gate";

	static final SubjectFlow FLOW = new SubjectFlow(KEY, "阶段评审", "Gate review", "receipt", "JDPS", PHASE,
			List.of(Field.record(GATE, GateLinks.KIND, "阶段评审", "Gate review"),
					Field.of(PROJECT, Kind.TEXT, "项目", "Project"), Field.of(PHASE, Kind.TEXT, "阶段", "Phase")),
			true);

	private final Approvals approvals;

	GateFlow(Approvals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void seed() {
		approvals.prepareEverywhere(FLOW);
	}
}
