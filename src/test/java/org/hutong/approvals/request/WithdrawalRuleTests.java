package org.hutong.approvals.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hutong.approvals.flow.ApproverSource.users;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.flow.FlowRules;
import org.hutong.approvals.flow.FlowRules.Withdrawal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The flow's rule for 撤回: before the end (the default), only before anyone approved, or never. */
@HutongTest
class WithdrawalRuleTests {

	@Autowired
	ApplicationContext beans;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	EngineKit kit;

	@BeforeEach
	void setUp() {
		kit = new EngineKit(beans);
	}

	private Flow twoSteps(Withdrawal rule) {
		return kit.flow(new FlowRules(null, null, null, rule),
				ApproverNode.of("n1", Mode.SEQUENTIAL, users(kit.id("manager"), kit.id("finance"))));
	}

	private String requestPage(long request) throws Exception {
		return mvc.perform(get("/approvals/{id}", request).with(new TestUsers(userDetails).as("demo", "sales")))
			.andReturn().getResponse().getContentAsString();
	}

	private void withdraw(long request) {
		long version = kit.request(request).getVersion();
		kit.run(() -> kit.submission.withdraw(kit.id("sales"), request, version));
	}

	@Test
	void byDefaultTheSubmitterMayWithdrawUntilTheEnd() {
		long request = kit.submit("sales", twoSteps(null), Map.of());
		kit.approve(request, "manager");
		withdraw(request);
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.WITHDRAWN);
	}

	@Test
	void onceSomeoneApprovedTheRequestStaysWhenTheFlowSaysSo() throws Exception {
		Flow flow = twoSteps(Withdrawal.BEFORE_ANY_APPROVAL);
		long untouched = kit.submit("sales", flow, Map.of());
		withdraw(untouched);
		assertThat(kit.request(untouched).getStatus()).isEqualTo(ApprovalStatus.WITHDRAWN);

		long approvedOnce = kit.submit("sales", flow, Map.of());
		assertThat(requestPage(approvedOnce)).contains("/approvals/" + approvedOnce + "/withdraw");
		kit.approve(approvedOnce, "manager");
		assertThat(requestPage(approvedOnce)).as("no 撤回 button once 李明 approved")
			.doesNotContain("/approvals/" + approvedOnce + "/withdraw");
		assertThatThrownBy(() -> withdraw(approvedOnce)).isInstanceOf(WithdrawNotAllowed.class);
		assertThat(kit.request(approvedOnce).getStatus()).isEqualTo(ApprovalStatus.PENDING);
		assertThat(kit.open(approvedOnce)).isNotEmpty();
	}

	@Test
	void aFlowThatNeverAllowsItRefusesAtOnce() {
		long request = kit.submit("sales", twoSteps(Withdrawal.NEVER), Map.of());
		assertThatThrownBy(() -> withdraw(request)).isInstanceOf(WithdrawNotAllowed.class);
		assertThat(kit.history(request)).doesNotContain(ActionKind.WITHDRAW);
	}
}
