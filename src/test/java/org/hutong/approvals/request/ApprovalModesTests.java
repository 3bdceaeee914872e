package org.hutong.approvals.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hutong.approvals.flow.ApproverSource.users;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Condition;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Branch;
import org.hutong.approvals.flow.FlowNode.CcNode;
import org.hutong.approvals.flow.FlowNode.ConditionNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.flow.FlowNode.ParallelNode;
import org.hutong.approvals.flow.FlowRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each mode, branch and rule on real submissions and decisions in demo (王芳 sales submits; 李明 manager is her leader). */
@HutongTest
class ApprovalModesTests {

	@Autowired
	ApplicationContext beans;

	EngineKit kit;

	@BeforeEach
	void setUp() {
		kit = new EngineKit(beans);
	}

	private List<Long> pendingAssignees(long request) {
		return kit.open(request).stream().filter(t -> t.getState() == TaskState.PENDING).map(ApprovalTask::getAssigneeId).toList();
	}

	@Test
	void sequentialApproversDecideOneAfterAnother() {
		Flow flow = kit.flow(ApproverNode.of("n1", Mode.SEQUENTIAL, users(kit.id("manager"), kit.id("finance"))));
		long request = kit.submit("sales", flow, Map.of());
		assertThat(pendingAssignees(request)).containsExactly(kit.id("manager"));
		assertThat(kit.open(request)).extracting(ApprovalTask::getState).containsExactly(TaskState.PENDING, TaskState.WAITING);
		kit.approve(request, "manager");
		assertThat(pendingAssignees(request)).containsExactly(kit.id("finance"));
		kit.approve(request, "finance");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(kit.history(request)).containsExactly(ActionKind.SUBMIT, ActionKind.APPROVE, ActionKind.APPROVE,
				ActionKind.NODE_PASSED, ActionKind.APPROVED);
	}

	@Test
	void allSignNeedsEveryoneOrTheRatioAndOneRejectionRejects() {
		Flow all = kit.flow(ApproverNode.of("n1", Mode.ALL, users(kit.id("manager"), kit.id("finance"), kit.id("rd"))));
		long request = kit.submit("sales", all, Map.of());
		kit.approve(request, "manager", "finance");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.PENDING);
		kit.approve(request, "rd");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);

		Flow ratio = kit.flow(new ApproverNode("n1", "六成", List.of(users(kit.id("manager"), kit.id("finance"), kit.id("rd"))),
				Mode.ALL, 60, false, Map.of(), null));
		long second = kit.submit("sales", ratio, Map.of());
		kit.approve(second, "manager", "finance");
		assertThat(kit.request(second).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(kit.open(second)).isEmpty();

		long third = kit.submit("sales", all, Map.of());
		kit.approve(third, "manager");
		RequestManagement.TaskAction reject = kit.action(third, "finance");
		kit.run(() -> kit.management.reject(reject));
		assertThat(kit.request(third).getStatus()).isEqualTo(ApprovalStatus.REJECTED);
		assertThat(kit.open(third)).isEmpty();
	}

	@Test
	void anySignTakesTheFirstDecisionAndClosesTheOthers() {
		Flow flow = kit.flow(ApproverNode.of("n1", Mode.ANY, users(kit.id("manager"), kit.id("finance"))));
		long request = kit.submit("sales", flow, Map.of());
		kit.approve(request, "finance");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(kit.tasks(request)).extracting(ApprovalTask::getAssigneeId, ApprovalTask::getState)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(kit.id("manager"), TaskState.CANCELLED),
					org.assertj.core.groups.Tuple.tuple(kit.id("finance"), TaskState.APPROVED));
	}

	@Test
	void conditionsChooseTheirBranchAndMissingOrMalformedValuesTakeTheDefault() {
		ConditionNode byAmount = new ConditionNode("amount", "金额", List.of(new Branch("大额",
				new Condition.FieldCompare("amount", Condition.Operator.GE, new BigDecimal("50000")),
				List.of(ApproverNode.of("big", Mode.ANY, users(kit.id("finance")))))),
				List.of(ApproverNode.of("small", Mode.ANY, ApproverSource.leader(1))));
		Flow flow = kit.flow(byAmount);
		Map<String, Object> nullAmount = new HashMap<>();
		nullAmount.put("amount", null);
		assertThat(pendingAssignees(kit.submit("sales", flow, Map.of("amount", "60000.00")))).containsExactly(kit.id("finance"));
		assertThat(pendingAssignees(kit.submit("sales", flow, Map.of("amount", 50000)))).containsExactly(kit.id("finance"));
		assertThat(pendingAssignees(kit.submit("sales", flow, Map.of("amount", 49999.99)))).containsExactly(kit.id("manager"));
		assertThat(pendingAssignees(kit.submit("sales", flow, Map.of()))).containsExactly(kit.id("manager"));
		assertThat(pendingAssignees(kit.submit("sales", flow, nullAmount))).containsExactly(kit.id("manager"));
		assertThat(pendingAssignees(kit.submit("sales", flow, Map.of("amount", "五万")))).containsExactly(kit.id("manager"));
		assertThat(pendingAssignees(kit.submit("sales", flow, Map.of("amount", List.of(1, 2))))).containsExactly(kit.id("manager"));

		long salesDepartment = kit.tx(() -> beans.getBean(org.hutong.identity.OrgChart.class).leaderOf(
				kit.user("manager").departmentId()).isPresent() ? kit.user("manager").departmentId() : -1L);
		Flow byDepartment = kit.flow(new ConditionNode("dept", "部门", List.of(new Branch("销售",
				new Condition.DepartmentWithin(salesDepartment), List.of(ApproverNode.of("sales-leader", Mode.ANY,
						users(kit.id("manager")))))), List.of(ApproverNode.of("others", Mode.ANY, users(kit.id("admin"))))));
		assertThat(pendingAssignees(kit.submit("sales", byDepartment, Map.of()))).as("华中大区 is within 销售部")
			.containsExactly(kit.id("manager"));
		assertThat(pendingAssignees(kit.submit("rd", byDepartment, Map.of()))).containsExactly(kit.id("admin"));
	}

	@Test
	void parallelBranchesJoinBeforeWhatFollows() {
		Flow flow = kit.flow(new ParallelNode("p", "并行", List.of(
				List.of(ApproverNode.of("a", Mode.ANY, users(kit.id("manager")))),
				List.of(new CcNode("cc", "抄送", List.of(users(kit.id("admin")))),
						ApproverNode.of("b", Mode.ANY, users(kit.id("finance")))))),
				ApproverNode.of("after", Mode.ANY, users(kit.id("rd"))));
		long request = kit.submit("sales", flow, Map.of());
		assertThat(pendingAssignees(request)).containsExactlyInAnyOrder(kit.id("manager"), kit.id("finance"));
		assertThat(kit.history(request)).contains(ActionKind.CC);
		kit.approve(request, "finance");
		assertThat(pendingAssignees(request)).containsExactly(kit.id("manager"));
		kit.approve(request, "manager");
		assertThat(pendingAssignees(request)).containsExactly(kit.id("rd"));
		kit.approve(request, "rd");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
	}

	@Test
	void theSubmitterAsApproverPassesOrGoesToTheirLeader() {
		ApproverNode self = ApproverNode.of("self", Mode.ANY, users(kit.id("sales")));
		ApproverNode then = ApproverNode.of("then", Mode.ANY, users(kit.id("finance")));
		long passed = kit.submit("sales", kit.flow(self, then), Map.of());
		assertThat(pendingAssignees(passed)).containsExactly(kit.id("finance"));
		assertThat(kit.history(passed)).contains(ActionKind.AUTO_PASS);
		FlowRules toLeader = new FlowRules(FlowRules.SubmitterIsApprover.TO_LEADER, null, null);
		assertThat(pendingAssignees(kit.submit("sales", kit.flow(toLeader, self, then), Map.of())))
			.containsExactly(kit.id("manager"));
	}

	@Test
	void aRepeatedApproverApprovesOnceOrOnlyWhenConsecutive() {
		ApproverNode first = ApproverNode.of("first", Mode.ANY, users(kit.id("manager")));
		ApproverNode again = ApproverNode.of("again", Mode.ANY, users(kit.id("manager")));
		ApproverNode other = ApproverNode.of("other", Mode.ANY, users(kit.id("finance")));
		ApproverNode later = ApproverNode.of("later", Mode.ANY, users(kit.id("manager")));
		FlowRules once = new FlowRules(null, FlowRules.RepeatedApprover.ONCE_ALL, null);
		long request = kit.submit("sales", kit.flow(once, first, other, later), Map.of());
		kit.approve(request, "manager", "finance");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);

		FlowRules consecutive = new FlowRules(null, FlowRules.RepeatedApprover.ONCE_CONSECUTIVE, null);
		long second = kit.submit("sales", kit.flow(consecutive, first, again, other, later), Map.of());
		kit.approve(second, "manager", "finance");
		assertThat(pendingAssignees(second)).as("not consecutive: asked again").containsExactly(kit.id("manager"));
		kit.approve(second, "manager");
		assertThat(kit.request(second).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(kit.history(second)).filteredOn(ActionKind.AUTO_PASS::equals).hasSize(1);
	}

	@Test
	void noApproverPassesRejectsOrGoesToTheAdmin() {
		// 财务部 has no leader in demo
		long finance = kit.user("finance").departmentId();
		ApproverNode nobody = ApproverNode.of("nobody", Mode.ANY, ApproverSource.departmentLeader(finance));
		ApproverNode then = ApproverNode.of("then", Mode.ANY, users(kit.id("rd")));
		long passes = kit.submit("sales", kit.flow(new FlowRules(null, null, FlowRules.NoApprover.AUTO_PASS), nobody, then), Map.of());
		assertThat(pendingAssignees(passes)).containsExactly(kit.id("rd"));
		long rejects = kit.submit("sales", kit.flow(new FlowRules(null, null, FlowRules.NoApprover.REJECT), nobody, then), Map.of());
		assertThat(kit.request(rejects).getStatus()).isEqualTo(ApprovalStatus.REJECTED);
		assertThat(kit.history(rejects)).contains(ActionKind.AUTO_REJECT);
		long toAdmin = kit.submit("sales", kit.flow(new FlowRules(null, null, FlowRules.NoApprover.TO_ADMIN), nobody, then), Map.of());
		assertThat(pendingAssignees(toAdmin)).containsExactly(kit.id("admin"));
	}

	@Test
	void anotherEnterprisesUserIsNeverResolvedAsApprover() {
		long stranger = new TestUsers(beans.getBean(UserDetailsService.class)).load("demo2", "admin").userId();
		Flow flow = kit.flow(new FlowRules(null, null, FlowRules.NoApprover.REJECT),
				ApproverNode.of("named", Mode.ALL, users(stranger, kit.id("manager"))),
				ApproverNode.of("field", Mode.ANY, ApproverSource.formPerson("reviewer")));
		long request = kit.submit("sales", flow, Map.of("reviewer", stranger));
		assertThat(pendingAssignees(request)).containsExactly(kit.id("manager"));
		kit.approve(request, "manager");
		assertThat(kit.request(request).getStatus()).as("the form's person is of demo2: nobody, so rejected")
			.isEqualTo(ApprovalStatus.REJECTED);
		assertThat(kit.tasks(request)).extracting(ApprovalTask::getAssigneeId).doesNotContain(stranger);
	}

	@Test
	void aRunningRequestFinishesOnItsVersionWhileNewOnesTakeTheNext() {
		Flow flow = kit.flow(ApproverNode.of("n1", Mode.ANY, users(kit.id("manager"))));
		long running = kit.submit("sales", flow, Map.of());
		kit.run(() -> kit.flowManagement.revise(flow.getId(), kit.tx(() -> beans.getBean(
				org.hutong.approvals.flow.FlowRepository.class).findById(flow.getId()).orElseThrow().getVersion()),
				new FlowDefinition(List.of(ApproverNode.of("n2", Mode.ANY, users(kit.id("finance")))), null), kit.id("admin")));
		long next = kit.submit("sales", flow, Map.of());
		assertThat(pendingAssignees(next)).containsExactly(kit.id("finance"));
		assertThat(kit.request(next).getFlowVersionId()).isNotEqualTo(kit.request(running).getFlowVersionId());
		kit.approve(running, "manager");
		assertThat(kit.request(running).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
	}

	@Test
	void numbersCountPerDayInShanghai() {
		Flow flow = kit.flow(ApproverNode.of("n1", Mode.ANY, users(kit.id("manager"))));
		String first = kit.request(kit.submit("sales", flow, Map.of())).getNumber();
		String second = kit.request(kit.submit("sales", flow, Map.of())).getNumber();
		String prefix = flow.getNumberPrefix();
		assertThat(first).isEqualTo(prefix + "-20310603-0001");
		assertThat(second).isEqualTo(prefix + "-20310603-0002");
		kit.clock.advance(java.time.Duration.ofDays(1));
		assertThat(kit.request(kit.submit("sales", flow, Map.of())).getNumber()).isEqualTo(prefix + "-20310604-0001");
	}

	@Test
	void thePredictedRouteIsTheOneThatRuns() {
		Flow flow = kit.flow(new FlowRules(FlowRules.SubmitterIsApprover.AUTO_PASS, FlowRules.RepeatedApprover.ONCE_ALL, null),
				ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1)),
				ApproverNode.of("pair", Mode.ALL, users(kit.id("sales"), kit.id("manager"), kit.id("finance"))),
				new CcNode("cc", "抄送", List.of(users(kit.id("admin")))));
		var prediction = kit.tx(() -> beans.getBean(org.hutong.approvals.route.RoutePredictions.class)
			.predict(flow, kit.id("sales"), Map.of(), Map.of()));
		assertThat(prediction.steps()).extracting(s -> s.nodeId(), s -> s.people()).containsExactly(
				org.assertj.core.groups.Tuple.tuple("leader", List.of(kit.id("manager"))),
				org.assertj.core.groups.Tuple.tuple("pair", List.of(kit.id("finance"))),
				org.assertj.core.groups.Tuple.tuple("cc", List.of(kit.id("admin"))));
		long request = kit.submit("sales", flow, Map.of());
		assertThat(kit.request(request).route()).isEqualTo(prediction.route());
		kit.approve(request, "manager", "finance");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
	}
}
