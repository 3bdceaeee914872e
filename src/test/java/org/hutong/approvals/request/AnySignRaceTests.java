package org.hutong.approvals.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hutong.approvals.flow.ApproverSource.users;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two approvers of one 或签 node decide at the same moment, each in their own transaction: exactly one
 * decision counts, the other is told 已由他人处理 ({@link TaskNoLongerYours}) and changes nothing.
 */
@HutongTest
class AnySignRaceTests {

	@Autowired
	ApplicationContext beans;

	@Test
	void twoApproversOfOneAnySignNodeAtOnceExactlyOneCounts() throws Exception {
		EngineKit kit = new EngineKit(beans);
		long request = kit.submit("sales", kit.flow(ApproverNode.of("n", Mode.ANY, users(kit.id("manager"), kit.id("finance"))),
				ApproverNode.of("next", Mode.ANY, users(kit.id("rd")))), Map.of());
		List<RequestManagement.TaskAction> actions = List.of(kit.action(request, "manager"), kit.action(request, "finance"));
		assertThat(atOnce(kit, actions)).containsExactlyInAnyOrder("approved", "approvals.error.task-no-longer-yours");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.PENDING);
		assertThat(kit.tasks(request)).filteredOn(t -> t.getNodeId().equals("n")).extracting(ApprovalTask::getState)
			.containsExactlyInAnyOrder(TaskState.APPROVED, TaskState.CANCELLED);
		assertThat(kit.history(request)).filteredOn(ActionKind.APPROVE::equals).hasSize(1);
		assertThat(kit.history(request)).filteredOn(ActionKind.NODE_PASSED::equals).hasSize(1);
		assertThat(kit.open(request)).extracting(ApprovalTask::getAssigneeId).containsExactly(kit.id("rd"));
	}

	/** Both approvals in their own threads and transactions, released together; answers what each got. */
	private static List<String> atOnce(EngineKit kit, List<RequestManagement.TaskAction> actions) throws Exception {
		CountDownLatch ready = new CountDownLatch(actions.size());
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(actions.size());
		try {
			List<Future<String>> outcomes = actions.stream().map(action -> threads.submit(() -> {
				ready.countDown();
				go.await(10, TimeUnit.SECONDS);
				try {
					kit.run(() -> kit.management.approve(action));
					return "approved";
				}
				catch (TaskNoLongerYours lost) {
					return lost.messageCode();
				}
			})).toList();
			ready.await(10, TimeUnit.SECONDS);
			go.countDown();
			List<String> results = new java.util.ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}
}
