package org.hutong.approvals.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowJson;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowRules;
import org.junit.jupiter.api.Test;

/**
 * Routes and definitions stored before a node could ask for a signature (or a flow say when 撤回 is
 * allowed) still read: the new properties are absent from their JSON and take their defaults.
 */
class OlderRoutesTests {

	@Test
	void aRouteWithoutTheSignatureFlagReadsAsNotAskingForOne() {
		String stored = """
				{"segments":[{"step":{"nodeId":"leader","name":"主管审批","kind":"APPROVE","mode":"ANY","passRatio":null,
				"commentRequired":false,"people":[7],"outcome":"OPEN","timeout":null},"lanes":[]}]}""";
		Route route = FlowJson.read(stored, Route.class);
		assertThat(route.step("leader")).hasValueSatisfying(step -> assertThat(step.signatureRequired()).isFalse());
	}

	@Test
	void aDefinitionWithoutTheNewFlagsReadsWithTheirDefaults() {
		FlowDefinition now = new FlowDefinition(List.of(FlowNode.ApproverNode.of("leader", FlowNode.Mode.ANY,
				ApproverSource.leader(1))), FlowRules.defaults());
		String stored = FlowJson.write(now).replace(",\"signatureRequired\":false", "")
			.replace(",\"withdrawal\":\"BEFORE_END\"", "");
		assertThat(stored).doesNotContain("signatureRequired").doesNotContain("withdrawal");
		FlowDefinition read = FlowJson.definition(stored);
		assertThat(((FlowNode.ApproverNode) read.nodes().get(0)).signatureRequired()).isFalse();
		assertThat(read.rules().withdrawal()).isEqualTo(FlowRules.Withdrawal.BEFORE_END);
	}
}
