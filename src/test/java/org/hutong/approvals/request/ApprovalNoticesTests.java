package org.hutong.approvals.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hutong.approvals.flow.ApproverSource.users;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.CcNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.shared.TenantScoped;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices at every step, made by real transitions (the listeners run after commit): approvers when a
 * task becomes theirs, the submitter on each approval, return and outcome, CC recipients; each
 * notice leads to the 审批单; every event published again tells nobody a second time.
 */
@HutongTest
@RecordApplicationEvents
class ApprovalNoticesTests {

	@Autowired
	ApplicationContext beans;

	@Autowired
	ApplicationEvents recorded;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	EngineKit kit;

	@BeforeEach
	void setUp() {
		kit = new EngineKit(beans);
	}

	@Test
	void approversInTurnTheSubmitterOnEachApprovalAndTheEndAndTheCcRecipient() {
		Flow flow = kit.flow(ApproverNode.of("first", Mode.ANY, users(kit.id("manager"))),
				ApproverNode.of("second", Mode.ANY, users(kit.id("finance"))),
				new CcNode("cc", "抄送", List.of(users(kit.id("rd")))));
		long request = kit.submit("sales", flow, Map.of());
		awaitNotices(request, row("manager", "APPROVAL_PENDING"));
		kit.approve(request, "manager");
		awaitHas(request, row("finance", "APPROVAL_PENDING"));
		kit.approve(request, "finance");
		List<String> expected = List.of(row("manager", "APPROVAL_PENDING"), row("finance", "APPROVAL_PENDING"),
				row("sales", "APPROVAL_STEP_APPROVED"), row("sales", "APPROVAL_STEP_APPROVED"), row("rd", "APPROVAL_CC"),
				row("sales", "APPROVAL_APPROVED"));
		awaitNotices(request, expected.toArray(String[]::new));
		assertThat(jdbc.queryForList("select actor_id from notifications_notification where source_key like ? "
				+ "and kind = 'APPROVAL_STEP_APPROVED' order by id", Long.class, "approval:" + request + ":%"))
			.containsExactly(kit.id("manager"), kit.id("finance"));

		replayEverything();
		awaitNotices(request, expected.toArray(String[]::new));
	}

	@Test
	void handedOnChasedReturnedResubmittedAndRejected() {
		Flow flow = kit.flow(ApproverNode.of("only", Mode.ANY, users(kit.id("manager"))));
		long request = kit.submit("sales", flow, Map.of());
		awaitHas(request, row("manager", "APPROVAL_PENDING"));
		RequestManagement.TaskAction hand = kit.action(request, "manager");
		kit.run(() -> kit.management.transfer(hand, kit.id("sales2")));
		awaitHas(request, row("sales2", "APPROVAL_TRANSFERRED"));
		kit.run(() -> kit.submission.remind(kit.id("sales"), request));
		RequestManagement.TaskAction back = kit.action(request, "sales2");
		kit.run(() -> kit.management.returnTo(back, null));
		long version = kit.request(request).getVersion();
		kit.run(() -> kit.submission.resubmit(kit.id("sales"), request, version, Map.of("changed", true), Map.of()));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> notices(request).stream().filter(row("manager", "APPROVAL_PENDING")::equals).count() == 2);
		RequestManagement.TaskAction no = kit.action(request, "manager");
		kit.run(() -> kit.management.reject(no));
		String[] expected = { row("manager", "APPROVAL_PENDING"), row("sales2", "APPROVAL_TRANSFERRED"),
				row("sales2", "APPROVAL_REMINDED"), row("sales", "APPROVAL_RETURNED"), row("manager", "APPROVAL_PENDING"),
				row("sales", "APPROVAL_REJECTED") };
		awaitNotices(request, expected);
		assertThat(jdbc.queryForObject("select actor_id from notifications_notification where source_key like ? "
				+ "and kind = 'APPROVAL_TRANSFERRED'", Long.class, "approval:" + request + ":%")).isEqualTo(kit.id("manager"));

		replayEverything();
		awaitNotices(request, expected);
	}

	/** Every approvals event this test published, published once more as its module would. */
	private void replayEverything() {
		List<Object> again = recorded.stream()
			.filter(PayloadApplicationEvent.class::isInstance)
			.map(e -> ((PayloadApplicationEvent<?>) e).getPayload())
			.filter(e -> e instanceof TenantScoped && e.getClass().getPackageName().equals("org.hutong.approvals"))
			.map(e -> (Object) e)
			.toList();
		assertThat(again).isNotEmpty();
		again.forEach(event -> transactions.executeWithoutResult(status -> publisher.publishEvent(event)));
	}

	private List<String> notices(long request) {
		return jdbc.queryForList("select recipient_id || ':' || kind from notifications_notification "
				+ "where source_key like ? order by id", String.class, "approval:" + request + ":%");
	}

	/**
	 * A task's notice is made after commit from the tasks then pending, so each step waits for it
	 * before the approver acts, as a person would.
	 */
	private void awaitHas(long request, String row) {
		await().atMost(Duration.ofSeconds(10)).until(() -> notices(request).contains(row));
	}

	/** Waits until the request's notices are these (in any order), and stay so for a moment. */
	private void awaitNotices(long request, String... expected) {
		await().atMost(Duration.ofSeconds(10)).until(() -> notices(request).size() >= expected.length);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
			.until(() -> sorted(notices(request)).equals(sorted(List.of(expected))));
	}

	private static List<String> sorted(List<String> rows) {
		return rows.stream().sorted().toList();
	}

	private String row(String username, String kind) {
		return kit.id(username) + ":" + kind;
	}
}
