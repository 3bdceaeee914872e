package org.hutong.approvals.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hutong.approvals.flow.ApproverSource.users;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 退回 from inside 会签, 或签 and an added signer's task, to the submitter and to an earlier node: the
 * request then runs to its end, nothing is left open, the history shows the return. And acting on a
 * task that is no longer yours changes nothing. Route: rd (first) → manager + finance (会签 or 或签).
 */
@HutongTest
class ApprovalReturnTests {

	@Autowired
	ApplicationContext beans;

	EngineKit kit;

	@BeforeEach
	void setUp() {
		kit = new EngineKit(beans);
	}

	private Flow flow(Mode mode) {
		return kit.flow(ApproverNode.of("first", Mode.ANY, users(kit.id("rd"))),
				ApproverNode.of("second", mode, users(kit.id("manager"), kit.id("finance"))));
	}

	private void returnTo(long request, String username, String nodeId) {
		RequestManagement.TaskAction action = kit.action(request, username);
		kit.run(() -> kit.management.returnTo(action, nodeId));
	}

	private void resubmit(long request) {
		long version = kit.request(request).getVersion();
		kit.run(() -> kit.submission.resubmit(kit.id("sales"), request, version, Map.of("changed", true), Map.of()));
	}

	private void assertEndsApproved(long request) {
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(kit.open(request)).as("no task left open").isEmpty();
		assertThat(kit.history(request)).contains(ActionKind.RETURN).endsWith(ActionKind.APPROVED);
	}

	@Test
	void returnFromInsideAllSignToTheSubmitterThenResubmit() {
		long request = kit.submit("sales", flow(Mode.ALL), Map.of());
		kit.approve(request, "rd", "manager");
		returnTo(request, "finance", null);
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.RETURNED);
		assertThat(kit.open(request)).isEmpty();
		resubmit(request);
		assertThat(kit.request(request).getRound()).isEqualTo(2);
		assertThat(kit.request(request).values()).containsEntry("changed", true);
		kit.approve(request, "rd", "manager", "finance");
		assertEndsApproved(request);
	}

	@Test
	void returnFromInsideAllSignToAnEarlierNodeRunsItAgain() {
		long request = kit.submit("sales", flow(Mode.ALL), Map.of());
		kit.approve(request, "rd", "manager");
		returnTo(request, "finance", "first");
		assertThat(kit.open(request)).extracting(ApprovalTask::getAssigneeId, ApprovalTask::getVisit)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(kit.id("rd"), 2));
		kit.approve(request, "rd");
		assertThat(kit.open(request)).as("会签 starts afresh: manager's earlier approval no longer counts").hasSize(2);
		kit.approve(request, "manager", "finance");
		assertEndsApproved(request);
	}

	@Test
	void returnFromInsideAnySignToTheSubmitterAndToAnEarlierNode() {
		long request = kit.submit("sales", flow(Mode.ANY), Map.of());
		kit.approve(request, "rd");
		returnTo(request, "manager", null);
		assertThat(kit.open(request)).isEmpty();
		resubmit(request);
		kit.approve(request, "rd");
		returnTo(request, "finance", "first");
		assertThat(kit.open(request)).extracting(ApprovalTask::getAssigneeId).containsExactly(kit.id("rd"));
		kit.approve(request, "rd", "manager");
		assertEndsApproved(request);
		assertThat(kit.history(request)).filteredOn(ActionKind.RETURN::equals).hasSize(2);
	}

	@Test
	void returnFromAnAddedSignersTaskToTheSubmitterAndToAnEarlierNode() {
		long request = kit.submit("sales", flow(Mode.ALL), Map.of());
		kit.approve(request, "rd");
		RequestManagement.TaskAction before = kit.action(request, "manager");
		kit.run(() -> kit.management.addSigner(before, kit.id("admin"), SignerPlace.BEFORE));
		assertThat(kit.open(request)).extracting(ApprovalTask::getState)
			.containsExactlyInAnyOrder(TaskState.ON_HOLD, TaskState.PENDING, TaskState.PENDING);
		returnTo(request, "admin", "first");
		assertThat(kit.open(request)).extracting(ApprovalTask::getAssigneeId).containsExactly(kit.id("rd"));
		kit.approve(request, "rd");
		RequestManagement.TaskAction again = kit.action(request, "manager");
		kit.run(() -> kit.management.addSigner(again, kit.id("admin"), SignerPlace.BEFORE));
		returnTo(request, "admin", null);
		assertThat(kit.open(request)).isEmpty();
		resubmit(request);
		kit.approve(request, "rd", "manager", "finance");
		assertEndsApproved(request);
	}

	@Test
	void aSignerAddedBeforeDecidesFirstAndTheTaskComesBack() {
		long request = kit.submit("sales", kit.flow(ApproverNode.of("n", Mode.ANY, users(kit.id("manager"), kit.id("finance")))),
				Map.of());
		RequestManagement.TaskAction before = kit.action(request, "manager");
		kit.run(() -> kit.management.addSigner(before, kit.id("rd"), SignerPlace.BEFORE));
		kit.approve(request, "rd");
		assertThat(kit.pending(request, "manager").getId()).isEqualTo(before.taskId());
		kit.approve(request, "manager");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(kit.open(request)).isEmpty();
	}

	@Test
	void aSignerAddedAfterHoldsTheNodeUntilTheyApprove() {
		long request = kit.submit("sales", kit.flow(ApproverNode.of("n", Mode.SEQUENTIAL, users(kit.id("manager"), kit.id("finance")))),
				Map.of());
		RequestManagement.TaskAction after = kit.action(request, "manager");
		kit.run(() -> kit.management.addSigner(after, kit.id("rd"), SignerPlace.AFTER));
		assertThat(kit.open(request)).extracting(ApprovalTask::getAssigneeId, ApprovalTask::getState).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple(kit.id("finance"), TaskState.WAITING),
				org.assertj.core.groups.Tuple.tuple(kit.id("rd"), TaskState.PENDING));
		kit.approve(request, "rd", "finance");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
	}

	@Test
	void actingOnATransferredOrWithdrawnTaskChangesNothing() {
		long request = kit.submit("sales", kit.flow(ApproverNode.of("n", Mode.ANY, users(kit.id("manager")))), Map.of());
		RequestManagement.TaskAction mine = kit.action(request, "manager");
		kit.run(() -> kit.management.transfer(mine, kit.id("finance")));
		RequestManagement.TaskAction late = kit.action(request, "manager", mine.taskId());
		long version = kit.request(request).getVersion();
		assertThatThrownBy(() -> kit.run(() -> kit.management.approve(late))).isInstanceOf(TaskNoLongerYours.class)
			.extracting(e -> ((TaskNoLongerYours) e).messageCode()).isEqualTo("approvals.error.task-no-longer-yours");
		assertThat(kit.request(request).getVersion()).isEqualTo(version);
		assertThat(kit.pending(request, "finance").getState()).isEqualTo(TaskState.PENDING);

		RequestManagement.TaskAction theirs = kit.action(request, "finance");
		kit.run(() -> kit.submission.withdraw(kit.id("sales"), request, version));
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.WITHDRAWN);
		assertThatThrownBy(() -> kit.run(() -> kit.management.approve(theirs))).isInstanceOf(TaskNoLongerYours.class);
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.WITHDRAWN);
		assertThat(kit.open(request)).isEmpty();
	}

	@Test
	void aStaleVersionIsRefused() {
		long request = kit.submit("sales", kit.flow(ApproverNode.of("n", Mode.ALL, users(kit.id("manager"), kit.id("finance")))),
				Map.of());
		RequestManagement.TaskAction stale = kit.action(request, "finance");
		kit.approve(request, "manager");
		assertThatThrownBy(() -> kit.run(() -> kit.management.approve(stale))).isInstanceOf(StaleApprovalException.class);
		assertThat(kit.pending(request, "finance").getState()).isEqualTo(TaskState.PENDING);
	}

	@Test
	void remindingIsAllowedOnceAnHour() {
		long request = kit.submit("sales", kit.flow(ApproverNode.of("n", Mode.ANY, users(kit.id("manager")))), Map.of());
		var next = kit.tx(() -> kit.submission.remind(kit.id("sales"), request));
		assertThat(next).isEqualTo(kit.clock.instant().plus(Duration.ofHours(1)));
		kit.clock.advance(Duration.ofMinutes(59));
		assertThatThrownBy(() -> kit.tx(() -> kit.submission.remind(kit.id("sales"), request)))
			.isInstanceOfSatisfying(RemindTooSoon.class, e -> assertThat(e.nextAllowedAt()).isEqualTo(next));
		assertThatThrownBy(() -> kit.tx(() -> kit.submission.remind(kit.id("manager"), request)))
			.isInstanceOf(NotTheSubmitter.class);
		kit.clock.advance(Duration.ofMinutes(1));
		assertThat(kit.tx(() -> kit.submission.remind(kit.id("sales"), request))).isEqualTo(next.plus(Duration.ofHours(1)));
		assertThat(kit.history(request)).filteredOn(ActionKind.REMIND::equals).hasSize(2);
	}

	@Test
	void timeoutsRemindOnceEachAndThenApproveOnTheEnginesBehalf() {
		FlowNode.Timeout timeout = new FlowNode.Timeout(30, 2, 120, FlowNode.TimeoutAction.AUTO_APPROVE);
		long request = kit.submit("sales", kit.flow(new ApproverNode("n", "超时", List.of(users(kit.id("manager"))), Mode.ANY,
				null, false, Map.of(), timeout)), Map.of());
		long task = kit.pending(request, "manager").getId();
		assertThat(kit.tx(() -> kit.timers.pending(task))).extracting(Timers.DueTimer::kind, Timers.DueTimer::dueAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Timers.Kind.REMIND, EngineKit.START.plus(Duration.ofMinutes(30))),
					org.assertj.core.groups.Tuple.tuple(Timers.Kind.AUTO_APPROVE, EngineKit.START.plus(Duration.ofHours(2))));
		TimerJob job = beans.getBean(TimerJob.class);
		assertThat(job.fireDue(EngineKit.START.plus(Duration.ofMinutes(31)))).isEqualTo(1);
		assertThat(job.fireDue(EngineKit.START.plus(Duration.ofMinutes(31)))).as("a fired timer fires once").isZero();
		assertThat(kit.history(request)).containsSubsequence(ActionKind.SUBMIT, ActionKind.REMIND);
		assertThat(kit.tx(() -> kit.timers.pending(task))).extracting(Timers.DueTimer::kind, Timers.DueTimer::dueAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Timers.Kind.REMIND, EngineKit.START.plus(Duration.ofMinutes(60))),
					org.assertj.core.groups.Tuple.tuple(Timers.Kind.AUTO_APPROVE, EngineKit.START.plus(Duration.ofHours(2))));
		assertThat(job.fireDue(EngineKit.START.plus(Duration.ofMinutes(61)))).as("the second and last reminder").isEqualTo(1);
		assertThat(kit.tx(() -> kit.timers.pending(task))).extracting(Timers.DueTimer::kind)
			.containsExactly(Timers.Kind.AUTO_APPROVE);
		assertThat(job.fireDue(EngineKit.START.plus(Duration.ofMinutes(121)))).isEqualTo(1);
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(kit.history(request)).contains(ActionKind.TIMEOUT_APPROVE);
		assertThat(kit.tx(() -> kit.timers.pending(task))).as("closed task, no timer left").isEmpty();
	}

	@Test
	void aTimerOfATaskDecidedMeanwhileIsDropped() {
		FlowNode.Timeout timeout = new FlowNode.Timeout(0, 0, 60, FlowNode.TimeoutAction.AUTO_REJECT);
		long request = kit.submit("sales", kit.flow(new ApproverNode("n", "超时", List.of(users(kit.id("manager"))), Mode.ANY,
				null, false, Map.of(), timeout)), Map.of());
		long task = kit.pending(request, "manager").getId();
		assertThat(kit.tx(() -> kit.timers.pending(task))).hasSize(1);
		kit.approve(request, "manager");
		assertThat(kit.tx(() -> kit.timers.pending(task))).isEmpty();
		beans.getBean(TimerJob.class).fireDue(EngineKit.START.plus(Duration.ofHours(2)));
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
	}
}
