package org.hutong.approvals.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hutong.approvals.flow.ApproverSource.users;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.delegation.Delegation;
import org.hutong.approvals.delegation.DelegationRefused;
import org.hutong.approvals.delegation.DelegationRefused.Reason;
import org.hutong.approvals.delegation.DelegationRepository;
import org.hutong.approvals.delegation.Delegations;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 委托 in the engine: a task for someone away goes to their delegate, marked as theirs; the decision
 * is recorded "由 delegate 代 person"; the days, an early end, the submitter and chains are respected.
 * The kit's clock is in 2031, so these delegations never touch tests that run on today's date.
 */
@HutongTest
class DelegationTests {

	@Autowired
	ApplicationContext beans;

	@Autowired
	DelegationRepository repository;

	EngineKit kit;

	final List<Long> made = new ArrayList<>();

	@BeforeEach
	void setUp() {
		kit = new EngineKit(beans);
	}

	@AfterEach
	void removeDelegations() {
		kit.run(() -> repository.deleteAllById(made));
	}

	private LocalDate today() {
		return kit.tx(kit.delegations::today);
	}

	private Delegation delegate(String from, String to, LocalDate start, LocalDate end) {
		Delegation d = kit.tx(() -> kit.delegations.set(kit.id(from), new Delegations.Request(kit.id(to), start, end, "出差")));
		made.add(d.getId());
		return d;
	}

	private Flow managerApproves() {
		return kit.flow(ApproverNode.of("n1", Mode.ANY, users(kit.id("manager"))));
	}

	@Test
	void aTaskForSomeoneAwayGoesToTheirDelegateAndTheDecisionSaysForWhom() {
		delegate("manager", "sales2", today(), today().plusDays(3));
		long request = kit.submit("sales", managerApproves(), Map.of());
		ApprovalTask task = kit.pending(request, "sales2");
		assertThat(task.getDelegatedFromId()).isEqualTo(kit.id("manager"));
		assertThat(kit.open(request)).extracting(ApprovalTask::getAssigneeId).containsExactly(kit.id("sales2"));

		kit.approve(request, "sales2");
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		ApprovalAction approval = kit.tx(() -> kit.history.of(request).stream()
			.filter(a -> a.getAction() == ActionKind.APPROVE).findFirst().orElseThrow());
		assertThat(approval.getActorId()).isEqualTo(kit.id("sales2"));
		assertThat(approval.getOnBehalfOfId()).isEqualTo(kit.id("manager"));
	}

	@Test
	void outsideItsDaysOrEndedEarlyTheTaskStaysWithThePerson() {
		delegate("manager", "sales2", today().plusDays(1), today().plusDays(2));
		long notYet = kit.submit("sales", managerApproves(), Map.of());
		assertThat(kit.pending(notYet, "manager").getDelegatedFromId()).isNull();

		Delegation running = delegate("manager", "rd", today(), today());
		kit.run(() -> kit.delegations.end(kit.id("manager"), running.getId()));
		long ended = kit.submit("sales", managerApproves(), Map.of());
		assertThat(kit.pending(ended, "manager").getDelegatedFromId()).isNull();
	}

	@Test
	void theSubmitterNeverGetsTheirOwnRequestAsADelegate() {
		delegate("manager", "sales", today(), today().plusDays(1));
		long request = kit.submit("sales", managerApproves(), Map.of());
		assertThat(kit.pending(request, "manager").getDelegatedFromId()).isNull();
	}

	@Test
	void aChainIsFollowedToTheLastDelegateAndATransferToSomeoneAwayReachesTheirs() {
		delegate("manager", "rd", today(), today().plusDays(5));
		delegate("rd", "finance", today(), today().plusDays(5));
		long request = kit.submit("sales", managerApproves(), Map.of());
		assertThat(kit.pending(request, "finance").getDelegatedFromId()).isEqualTo(kit.id("manager"));

		RequestManagement.TaskAction hand = kit.action(request, "finance");
		kit.run(() -> kit.management.transfer(hand, kit.id("rd")));
		assertThat(kit.pending(request, "finance").getDelegatedFromId()).as("rd is away: back to their delegate")
			.isEqualTo(kit.id("rd"));
	}

	@Test
	void refusesWhatCannotWork() {
		LocalDate today = today();
		assertRefused("manager", "manager", today, today, Reason.SELF);
		assertRefused("manager", "sales2", today.plusDays(2), today.plusDays(1), Reason.ENDS_BEFORE_START);
		assertRefused("manager", "sales2", today.minusDays(3), today.minusDays(1), Reason.IN_THE_PAST);
		assertRefused("manager", "sales2", today, today.plusDays(400), Reason.TOO_LONG);
		delegate("manager", "sales2", today, today.plusDays(3));
		assertRefused("manager", "rd", today.plusDays(3), today.plusDays(6), Reason.OVERLAPS);
		assertRefused("sales2", "manager", today.plusDays(1), today.plusDays(1), Reason.CIRCULAR);
		assertThatThrownBy(() -> kit.run(() -> kit.delegations.set(kit.id("manager"),
				new Delegations.Request(-1L, today.plusDays(10), today.plusDays(11), null))))
			.isInstanceOfSatisfying(DelegationRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_COLLEAGUE));
	}

	private void assertRefused(String from, String to, LocalDate start, LocalDate end, Reason reason) {
		assertThatThrownBy(() -> delegate(from, to, start, end)).isInstanceOfSatisfying(DelegationRefused.class,
				e -> assertThat(e.reason()).isEqualTo(reason));
	}
}
