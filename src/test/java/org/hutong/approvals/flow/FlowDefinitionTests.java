package org.hutong.approvals.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.hutong.approvals.flow.Condition.FieldCompare;
import org.hutong.approvals.flow.Condition.Operator;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Branch;
import org.hutong.approvals.flow.FlowNode.CcNode;
import org.hutong.approvals.flow.FlowNode.ConditionNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.flow.FlowNode.ParallelNode;
import org.junit.jupiter.api.Test;

/** Definitions survive their JSON, are checked with field-keyed codes, and versions are compared node by node. */
class FlowDefinitionTests {

	static FlowDefinition expenseFlow() {
		ApproverNode leader = new ApproverNode("leader", "直属主管", List.of(ApproverSource.leader(1)), Mode.SEQUENTIAL, null,
				true, Map.of("amount", FlowNode.FieldPermission.READ),
				new FlowNode.Timeout(60, 3, 1440, FlowNode.TimeoutAction.AUTO_APPROVE));
		ConditionNode amount = new ConditionNode("amount", "金额", List.of(new Branch("大额",
				new Condition.AllOf(List.of(new FieldCompare("amount", Operator.GE, new BigDecimal("50000")),
						new Condition.AnyOf(List.of(new FieldCompare("type", Operator.IN, List.of("差旅", "招待")),
								new Condition.DepartmentWithin(7))))),
				List.of(ApproverNode.of("finance", Mode.ALL, ApproverSource.role(3))))),
				List.of(ApproverNode.of("gm", Mode.ANY, ApproverSource.users(1L, 2L))));
		ParallelNode both = new ParallelNode("both", "并行", List.of(
				List.of(ApproverNode.of("legal", Mode.ANY, ApproverSource.departmentLeader(4))),
				List.of(new CcNode("cc", "抄送", List.of(ApproverSource.formPerson("watcher"))))));
		return new FlowDefinition(List.of(leader, amount, both),
				new FlowRules(FlowRules.SubmitterIsApprover.TO_LEADER, FlowRules.RepeatedApprover.ONCE_ALL,
						FlowRules.NoApprover.REJECT));
	}

	@Test
	void aDefinitionReadsBackAsItWasWritten() {
		FlowDefinition definition = expenseFlow();
		FlowDefinition read = FlowJson.definition(FlowJson.write(definition));
		assertThat(read.allNodes()).extracting(FlowNode::id).containsExactly("leader", "amount", "finance", "gm", "both",
				"legal", "cc");
		assertThat(read.rules()).isEqualTo(definition.rules());
		assertThat(read.nodes().get(0)).isEqualTo(definition.nodes().get(0));
		assertThat(FlowVersions.diff(definition, read)).isEmpty();
	}

	@Test
	void aRunnableDefinitionHasNoProblems() {
		assertThat(DefinitionCheck.problems(expenseFlow())).isEmpty();
	}

	@Test
	void problemsNameTheNodeAndTheRule() {
		FlowDefinition broken = new FlowDefinition(List.of(
				new ApproverNode("a", "无人", List.of(), Mode.ALL, 120, false, Map.of(), null),
				ApproverNode.of("a", Mode.ANY, ApproverSource.users(1L)),
				new ConditionNode("c", "条件", List.of(new Branch("无条件", null, List.of())), null),
				new ParallelNode("p", "单线", List.of(List.of())),
				new CcNode("cc", "抄送", List.of(new ApproverSource(ApproverSource.Kind.ROLE, null, null, null, null, null)))),
				null);
		assertThat(DefinitionCheck.problems(broken)).containsExactlyInAnyOrder(
				new DefinitionProblem("a", "approvals.flow.error.no-source"),
				new DefinitionProblem("a", "approvals.flow.error.pass-ratio"),
				new DefinitionProblem("a", "approvals.flow.error.id-duplicate"),
				new DefinitionProblem("c", "approvals.flow.error.no-default-branch"),
				new DefinitionProblem("c", "approvals.flow.error.branch-condition"),
				new DefinitionProblem("p", "approvals.flow.error.lanes"),
				new DefinitionProblem("cc", "approvals.flow.error.no-source"));
		assertThat(DefinitionCheck.problems(new FlowDefinition(List.of(), null)))
			.containsExactly(new DefinitionProblem("nodes", "approvals.flow.error.no-nodes"));
	}

	@Test
	void aNodeMayNotHideTheSummaryThatEveryToDoListShows() {
		ApproverNode hiding = new ApproverNode("finance", "财务", List.of(ApproverSource.users(1L)), Mode.ANY, null, false,
				Map.of("reason", FlowNode.FieldPermission.HIDDEN), null);
		FlowDefinition definition = new FlowDefinition(List.of(hiding), null);
		assertThatThrownBy(() -> DefinitionCheck.require(definition, "reason"))
			.isInstanceOfSatisfying(InvalidDefinition.class, e -> assertThat(e.problems())
				.containsExactly(new DefinitionProblem("finance", "approvals.flow.error.summary-hidden")));
		DefinitionCheck.require(definition, "amount");
		DefinitionCheck.require(definition, null);
	}

	@Test
	void theDiffTellsAddedRemovedChangedNodesAndRules() {
		FlowDefinition before = expenseFlow();
		List<FlowNode> nodes = List.of(
				ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(2)),
				before.nodes().get(1),
				ApproverNode.of("ceo", Mode.SEQUENTIAL, ApproverSource.users(1L)));
		FlowDefinition after = new FlowDefinition(nodes, new FlowRules(FlowRules.SubmitterIsApprover.TO_LEADER,
				FlowRules.RepeatedApprover.NEVER, FlowRules.NoApprover.REJECT));
		assertThat(FlowVersions.diff(before, after)).extracting(FlowVersions.Change::code, FlowVersions.Change::nodeId)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("approvals.flow.diff.changed", "leader"),
					org.assertj.core.groups.Tuple.tuple("approvals.flow.diff.removed", "both"),
					org.assertj.core.groups.Tuple.tuple("approvals.flow.diff.removed", "legal"),
					org.assertj.core.groups.Tuple.tuple("approvals.flow.diff.removed", "cc"),
					org.assertj.core.groups.Tuple.tuple("approvals.flow.diff.added", "ceo"),
					org.assertj.core.groups.Tuple.tuple("approvals.flow.diff.rule", null));
	}
}
