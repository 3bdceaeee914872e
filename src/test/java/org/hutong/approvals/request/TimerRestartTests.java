package org.hutong.approvals.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hutong.approvals.flow.ApproverSource.users;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.tenancy.TenantJdbc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row is the timer's state: a poller built afresh, as after a restart, knows nothing but the
 * table and still fires what fell due while the node was down, once; a node's poller that runs after
 * another finds nothing left.
 */
@HutongTest
class TimerRestartTests {

	@Autowired
	ApplicationContext beans;

	EngineKit kit;

	@BeforeEach
	void setUp() {
		kit = new EngineKit(beans);
	}

	/** A poller with its own timers and timeouts, sharing only the database with the running one. */
	private TimerJob freshPoller() {
		Timers timers = new Timers(beans.getBean(TenantJdbc.class), beans.getBean(JdbcClient.class));
		Progress progress = new Progress(kit.tasks, kit.history, timers, kit.delegations, kit.clock);
		Timeouts timeouts = new Timeouts(kit.requests, kit.tasks, progress, timers);
		return new TimerJob(timers, timeouts, kit.transactions, kit.clock);
	}

	@Test
	void aTimerDueDuringARestartFiresOnceAfterIt() {
		FlowNode.Timeout timeout = new FlowNode.Timeout(0, 0, 60, FlowNode.TimeoutAction.AUTO_REJECT);
		long request = kit.submit("sales", kit.flow(new ApproverNode("n", "超时", List.of(users(kit.id("manager"))),
				Mode.ANY, null, false, Map.of(), timeout)), Map.of());
		long task = kit.pending(request, "manager").getId();
		assertThat(freshPoller().fireDue(EngineKit.START.plus(Duration.ofMinutes(59)))).as("not due yet").isZero();

		assertThat(freshPoller().fireDue(EngineKit.START.plus(Duration.ofHours(3)))).as("after the restart").isEqualTo(1);
		assertThat(beans.getBean(TimerJob.class).fireDue(EngineKit.START.plus(Duration.ofHours(3))))
			.as("the other node's poller").isZero();
		assertThat(freshPoller().fireDue(EngineKit.START.plus(Duration.ofHours(4)))).isZero();
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.REJECTED);
		assertThat(kit.history(request)).filteredOn(ActionKind.TIMEOUT_REJECT::equals).hasSize(1);
		assertThat(kit.tx(() -> kit.timers.pending(task))).isEmpty();
	}
}
