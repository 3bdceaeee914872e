package org.hutong.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.approvals.request.ApprovalRequestRepository;
import org.hutong.approvals.request.ApprovalTaskRepository;
import org.hutong.approvals.request.RequestManagement;
import org.hutong.approvals.request.TaskState;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.SubjectRef;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** The module API as another module uses it: a record asks for approval once per flow, and hears the decision. */
@HutongTest
@RecordApplicationEvents
class ApprovalsApiTests {

	@Autowired
	Approvals approvals;

	@Autowired
	ApprovalInbox inbox;

	@Autowired
	FlowManagement flows;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	RequestManagement management;

	@Autowired
	ApprovalTaskRepository tasks;

	@Autowired
	ApprovalRequestRepository requests;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private <T> T as(String username, java.util.function.Supplier<T> work) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return TenantContext.callAs(user.tenantId(), () -> transactions.execute(status -> work.get()));
	}

	@Test
	void aRecordHasOneOpenRequestPerFlowAndItsStatusIsKnown() {
		String key = "contract-" + UUID.randomUUID().toString().substring(0, 8);
		long manager = new TestUsers(userDetails).load("demo", "manager").userId();
		as("admin", () -> flows.create(FlowForm.named(key, "合同审批", "HT"),
				new FlowDefinition(List.of(ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1))), null), null));
		SubjectRef contract = new SubjectRef("contract", System.nanoTime() % 1_000_000_000L);
		long before = as("manager", () -> inbox.pendingCount(manager));

		ApprovalRequestId id = as("sales", () -> approvals.request(contract, key, "合同 HT-1", Map.of("amount", 80000)));

		assertThat(as("sales", () -> approvals.statusOf(contract, key))).contains(ApprovalStatus.PENDING);
		assertThat(as("manager", () -> inbox.pendingCount(manager))).isEqualTo(before + 1);
		assertThatThrownBy(() -> as("sales2", () -> approvals.request(contract, key, "再次", Map.of())))
			.isInstanceOfSatisfying(OpenRequestExists.class, e -> assertThat(e.requestId()).isEqualTo(id.value()));
		assertThat(events.stream(ApprovalRequested.class).filter(e -> e.requestId() == id.value()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.subject()).isEqualTo(contract);
				assertThat(e.tenantId()).isEqualTo(new TestUsers(userDetails).load("demo", "admin").tenantId());
			});
		assertThat(as("sales", () -> approvals.statusOf(new SubjectRef("contract", -1), key))).isEmpty();

		decideAsManager(id.value());
		assertThat(as("sales", () -> approvals.statusOf(contract, key))).contains(ApprovalStatus.APPROVED);
		assertThat(events.stream(ApprovalDecided.class).filter(e -> e.requestId() == id.value()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.subject()).isEqualTo(contract);
				assertThat(e.outcome()).isEqualTo(ApprovalStatus.APPROVED);
				assertThat(e.flowKey()).isEqualTo(key);
			});
	}

	/** 李明 approves his pending task on the request, as of its current version. */
	private void decideAsManager(long requestId) {
		long manager = new TestUsers(userDetails).load("demo", "manager").userId();
		as("manager", () -> {
			var task = tasks.findByRequestIdOrderByIdAsc(requestId).stream()
				.filter(t -> t.getAssigneeId() == manager && t.getState() == TaskState.PENDING).findFirst().orElseThrow();
			long version = requests.findById(requestId).orElseThrow().getVersion();
			management.approve(new RequestManagement.TaskAction(manager, requestId, task.getId(), version, "同意"));
			return null;
		});
	}

	@Test
	void onlyThoseTheFlowAllowsMaySubmit() {
		String key = "only-" + UUID.randomUUID().toString().substring(0, 8);
		long finance = new TestUsers(userDetails).load("demo", "finance").departmentId();
		as("admin", () -> flows.create(new FlowForm(key, "财务专用", null, null, new WhoMaySubmit(false, List.of(finance), List.of()),
				"CW", null, null, null), new FlowDefinition(List.of(ApproverNode.of("n", Mode.ANY, ApproverSource.users(1L))), null),
				null));
		assertThatThrownBy(() -> as("sales", () -> approvals.request(null, key, "不可", Map.of()))).isInstanceOf(UnknownFlow.class);
		assertThat(as("finance", () -> approvals.request(null, key, "可以", Map.of()))).isNotNull();
		assertThatThrownBy(() -> as("sales", () -> approvals.request(null, "no-such-flow", "无", Map.of())))
			.isInstanceOf(UnknownFlow.class);
	}
}
