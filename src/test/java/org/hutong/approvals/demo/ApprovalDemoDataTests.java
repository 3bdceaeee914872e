package org.hutong.approvals.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.form.StockForms;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.ApprovalRequestRepository;
import org.hutong.approvals.route.RouteStep;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo enterprise starts with the five stock flows and requests in every state, routed as the
 * flows say (a large expense claim through 财务 and the 总经理, a week's leave to the 2nd-level leader);
 * seeding again adds nothing.
 */
@HutongTest
class ApprovalDemoDataTests {

	@Autowired
	ApprovalDemoData demo;

	@Autowired
	Tenants tenants;

	@Autowired
	FlowRepository flows;

	@Autowired
	ApprovalRequestRepository requests;

	@Autowired
	TransactionTemplate transactions;

	private <T> T inDemo(java.util.function.Supplier<T> work) {
		long demoId = tenants.findByCode("demo").orElseThrow().getId();
		return TenantContext.callAs(demoId, () -> transactions.execute(status -> work.get()));
	}

	private List<ApprovalRequest> demoRequests() {
		List<String> keys = List.of(StockForms.EXPENSE, StockForms.LEAVE, StockForms.PURCHASE, StockForms.TRAVEL,
				StockForms.SEAL);
		return inDemo(() -> requests.findAll().stream().filter(r -> keys.contains(r.getFlowKey())).toList());
	}

	@Test
	void theStockFlowsAndRequestsInEveryState() {
		List<Flow> stock = inDemo(() -> List.of(StockForms.EXPENSE, StockForms.LEAVE, StockForms.PURCHASE,
				StockForms.TRAVEL, StockForms.SEAL).stream().map(key -> flows.findByKey(key).orElseThrow()).toList());
		assertThat(stock).extracting(Flow::getName).containsExactly("报销", "请假", "采购申请", "出差", "用印");

		List<ApprovalRequest> made = demoRequests();
		assertThat(made).hasSizeGreaterThanOrEqualTo(DemoSamples.all().size());
		Map<ApprovalStatus, Long> byStatus = made.stream()
			.collect(Collectors.groupingBy(ApprovalRequest::getStatus, Collectors.counting()));
		assertThat(byStatus.keySet()).containsAll(EnumSet.allOf(ApprovalStatus.class));
	}

	@Test
	void largeExpensesGoThroughFinanceAndTheGmAndAWeeksLeaveToTheSecondLeader() {
		List<ApprovalRequest> made = demoRequests();
		assertThat(made).filteredOn(r -> r.getFlowKey().equals(StockForms.EXPENSE) && r.getTitle().contains("8600"))
			.isNotEmpty()
			.allSatisfy(r -> assertThat(nodes(r)).containsSubsequence("leader", "finance", "gm"));
		assertThat(made).filteredOn(r -> r.getFlowKey().equals(StockForms.EXPENSE) && r.getTitle().contains("1280"))
			.isNotEmpty()
			.allSatisfy(r -> assertThat(nodes(r)).containsExactly("leader"));
		assertThat(made).filteredOn(r -> r.getFlowKey().equals(StockForms.LEAVE) && r.getTitle().contains("5 天"))
			.isNotEmpty()
			.allSatisfy(r -> assertThat(nodes(r)).containsExactly("leader", "leader2"));
		assertThat(made).filteredOn(r -> r.getFlowKey().equals(StockForms.LEAVE) && r.getTitle().contains("1 天"))
			.isNotEmpty()
			.allSatisfy(r -> assertThat(nodes(r)).containsExactly("leader"));
	}

	@Test
	void seedingAgainAddsNothing() {
		int before = demoRequests().size();
		demo.seed();
		assertThat(demoRequests()).hasSize(before);
	}

	private List<String> nodes(ApprovalRequest request) {
		return inDemo(() -> request.route().steps().stream().map(RouteStep::nodeId).toList());
	}
}
