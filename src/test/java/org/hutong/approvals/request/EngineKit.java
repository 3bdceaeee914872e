package org.hutong.approvals.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.hutong.TestUsers;
import org.hutong.approvals.delegation.DelegationRepository;
import org.hutong.approvals.file.ApprovalFiles;
import org.hutong.approvals.delegation.Delegations;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.flow.FlowRules;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.hutong.approvals.route.RoutePredictions;
import org.hutong.identity.AuditLog;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.SubjectRef;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine wired from the application's beans but on a settable clock, acting as demo's users, one
 * transaction per action as in production. Requests are built through real submissions and decisions.
 */
final class EngineKit {

	/**
	 * 2031-06-02 17:00 UTC: already 06-03 in Shanghai, so numbering must use the Shanghai day; later than
	 * the real clock, so the scheduled timer poller never finds these tests' timers due before they fire them.
	 */
	static final Instant START = Instant.parse("2031-06-02T17:00:00Z");

	final SettableClock clock = new SettableClock(START);

	final TransactionTemplate transactions;

	final FlowManagement flowManagement;

	final RequestSubmission submission;

	final RequestManagement management;

	final ApprovalRequestRepository requests;

	final ApprovalTaskRepository tasks;

	final History history;

	final Timers timers;

	final Delegations delegations;

	private final TestUsers users;

	private final long tenantId;

	EngineKit(ApplicationContext beans) {
		this.users = new TestUsers(beans.getBean(UserDetailsService.class));
		this.transactions = beans.getBean(TransactionTemplate.class);
		this.requests = beans.getBean(ApprovalRequestRepository.class);
		this.tasks = beans.getBean(ApprovalTaskRepository.class);
		this.history = beans.getBean(History.class);
		this.timers = beans.getBean(Timers.class);
		this.flowManagement = beans.getBean(FlowManagement.class);
		this.delegations = new Delegations(beans.getBean(DelegationRepository.class), beans.getBean(OrgChart.class),
				beans.getBean(AuditLog.class), beans, clock);
		Progress progress = new Progress(tasks, history, timers, delegations, clock);
		this.submission = new RequestSubmission(beans.getBean(FlowRepository.class), beans.getBean(FlowVersionRepository.class),
				beans.getBean(RoutePredictions.class),
				requests, progress, beans.getBean(org.hutong.tenancy.DailyNumbers.class), beans.getBean(ApprovalFiles.class));
		this.management = new RequestManagement(requests, tasks, progress, beans.getBean(OrgChart.class), delegations,
				beans.getBean(FieldAccess.class), beans.getBean(ApprovalFiles.class),
				clock);
		this.tenantId = user("admin").tenantId();
	}

	SignedInUser user(String username) {
		return users.load("demo", username);
	}

	long id(String username) {
		return user(username).userId();
	}

	<T> T tx(Supplier<T> work) {
		return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
	}

	void run(Runnable work) {
		tx(() -> {
			work.run();
			return null;
		});
	}

	Flow flow(FlowDefinition definition) {
		String key = "t-" + UUID.randomUUID().toString().substring(0, 8);
		String prefix = ("T" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
		return tx(() -> flowManagement.create(FlowForm.named(key, "测试流程", prefix).administeredBy(id("admin")), definition,
				id("admin")));
	}

	Flow flow(FlowRules rules, FlowNode... nodes) {
		return flow(new FlowDefinition(List.of(nodes), rules));
	}

	Flow flow(FlowNode... nodes) {
		return flow(FlowRules.defaults(), nodes);
	}

	long submit(String username, Flow flow, Map<String, Object> values) {
		return submit(username, flow, values, null);
	}

	long submit(String username, Flow flow, Map<String, Object> values, SubjectRef subject) {
		SignedInUser who = user(username);
		Submitter submitter = new Submitter(who.userId(), who.departmentId(), java.util.Set.of());
		return tx(() -> submission.submit(submitter, flow.getKey(), subject, "测试", values, Map.of()).getId());
	}

	ApprovalRequest request(long id) {
		return tx(() -> requests.findById(id).orElseThrow());
	}

	List<ApprovalTask> tasks(long requestId) {
		return tx(() -> tasks.findByRequestIdOrderByIdAsc(requestId));
	}

	List<ApprovalTask> open(long requestId) {
		return tasks(requestId).stream().filter(t -> t.getState().isOpen()).toList();
	}

	/** The user's pending task on the request. */
	ApprovalTask pending(long requestId, String username) {
		long user = id(username);
		return tasks(requestId).stream()
			.filter(t -> t.getState() == TaskState.PENDING && t.getAssigneeId() == user)
			.findFirst()
			.orElseThrow(() -> new AssertionError(username + " has no pending task on " + requestId));
	}

	RequestManagement.TaskAction action(long requestId, String username) {
		return action(requestId, username, pending(requestId, username).getId());
	}

	RequestManagement.TaskAction action(long requestId, String username, long taskId) {
		return new RequestManagement.TaskAction(id(username), requestId, taskId, request(requestId).getVersion(), "意见");
	}

	void approve(long requestId, String... usernames) {
		for (String username : usernames) {
			RequestManagement.TaskAction action = action(requestId, username);
			run(() -> management.approve(action));
		}
	}

	List<ActionKind> history(long requestId) {
		return tx(() -> history.of(requestId).stream().map(ApprovalAction::getAction).toList());
	}

	/** A clock tests move by hand. */
	static final class SettableClock extends Clock {

		private volatile Instant now;

		SettableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
