package org.hutong.approvals.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hutong.TestUsers;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.approvals.form.StockForms;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.ApprovalRequestRepository;
import org.hutong.approvals.request.ApprovalTask;
import org.hutong.approvals.request.ApprovalTaskRepository;
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.approvals.request.Submitter;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Expense flows of demo (approved by 李明) and requests on them, made through the real engine. */
final class ApprovalFixtures {

	final TestUsers users;

	private final TransactionTemplate transactions;

	private final FlowManagement flows;

	private final RequestSubmission submission;

	private final ApprovalRequestRepository requests;

	private final ApprovalTaskRepository tasks;

	ApprovalFixtures(ApplicationContext beans) {
		this.users = new TestUsers(beans.getBean(UserDetailsService.class));
		this.transactions = beans.getBean(TransactionTemplate.class);
		this.flows = beans.getBean(FlowManagement.class);
		this.submission = beans.getBean(RequestSubmission.class);
		this.requests = beans.getBean(ApprovalRequestRepository.class);
		this.tasks = beans.getBean(ApprovalTaskRepository.class);
	}

	long id(String username) {
		return users.load("demo", username).userId();
	}

	<T> T tx(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(users.load("demo", "admin").tenantId(), () -> transactions.execute(status -> work.get()));
	}

	/** An expense flow: one node, 李明 decides; the node's field permissions as given; the reason as summary. */
	Flow expenseFlow(boolean commentRequired, Map<String, FlowNode.FieldPermission> permissions) {
		return expenseFlow(commentRequired, permissions, "reason");
	}

	/** An expense flow whose one node (李明) asks for a handwritten signature with each decision. */
	Flow signedExpenseFlow() {
		String key = "ps-" + UUID.randomUUID().toString().substring(0, 8);
		String prefix = ("S" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
		ApproverNode node = new ApproverNode("leader", "主管审批", List.of(ApproverSource.users(id("manager"))),
				FlowNode.Mode.ANY, null, false, Map.of(), null, true);
		FlowForm form = new FlowForm(key, "报销", "receipt", StockForms.EXPENSE, WhoMaySubmit.anyone(), prefix, null,
				"reason", id("admin"));
		return tx(() -> flows.create(form, new FlowDefinition(List.of(node), null), id("admin")));
	}

	Flow expenseFlow(boolean commentRequired, Map<String, FlowNode.FieldPermission> permissions, String summaryField) {
		return expenseFlow("manager", commentRequired, permissions, summaryField);
	}

	/** An expense flow whose one node the given user decides. */
	Flow expenseFlow(String approver, boolean commentRequired, Map<String, FlowNode.FieldPermission> permissions,
			String summaryField) {
		String key = "pe-" + UUID.randomUUID().toString().substring(0, 8);
		String prefix = ("P" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
		ApproverNode node = new ApproverNode("leader", "主管审批", List.of(ApproverSource.users(id(approver))),
				FlowNode.Mode.ANY, null, commentRequired, permissions, null);
		FlowForm form = new FlowForm(key, "报销", "receipt", StockForms.EXPENSE, WhoMaySubmit.anyone(), prefix, null,
				summaryField, id("admin"));
		return tx(() -> flows.create(form, new FlowDefinition(List.of(node), null), id("admin")));
	}

	long submit(String username, Flow flow, String title, String reason) {
		SignedInUser who = users.load("demo", username);
		Map<String, Object> values = Map.of("lines",
				List.of(Map.of("category", "TRAVEL", "date", "2026-11-30", "amount", "120.00")), "total", "120.00",
				"reason", reason);
		return tx(() -> submission.submit(new Submitter(who.userId(), who.departmentId(), null), flow.getKey(), null, title,
				values, Map.of()).getId());
	}

	ApprovalRequest request(long id) {
		return tx(() -> requests.findById(id).orElseThrow());
	}

	ApprovalTask pending(long requestId, String username) {
		long user = id(username);
		return tx(() -> tasks.findByRequestIdOrderByIdAsc(requestId)
			.stream()
			.filter(t -> t.getAssigneeId() == user && t.getState().name().equals("PENDING"))
			.findFirst()
			.orElseThrow());
	}
}
