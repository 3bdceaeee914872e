package org.hutong.approvals.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hutong.approvals.flow.ApproverSource.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.PendingApprovals;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.flow.FlowRules;
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.approvals.request.Submitter;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.EveryEnterprise;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning digest, on a clock fixed at 08:30 in Shanghai of a day no other run has seen: each
 * approver with something pending is told once that day, naming what waits; a second run that
 * morning tells nobody again.
 */
@HutongTest
class DigestTests {

	@Autowired
	FlowManagement flows;

	@Autowired
	RequestSubmission submission;

	@Autowired
	PendingApprovals pending;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	EveryEnterprise enterprises;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void eachApproverIsToldOnceAMorningWhatWaits() {
		TestUsers users = new TestUsers(userDetails);
		SignedInUser sales = users.load("demo", "sales");
		long rd = users.load("demo", "rd").userId();
		long admin = users.load("demo", "admin").userId();
		String key = "d-" + UUID.randomUUID().toString().substring(0, 8);
		String number = TenantContext.callAs(sales.tenantId(), () -> transactions.execute(status -> {
			flows.create(FlowForm.named(key, "摘要测试", "DG").administeredBy(admin),
					new FlowDefinition(List.of(ApproverNode.of("n", Mode.ANY, users(rd))), FlowRules.defaults()), admin);
			return submission.submit(new Submitter(sales.userId(), sales.departmentId(), Set.of()), key, null, "摘要测试",
					Map.of(), Map.of()).getNumber();
		}));
		// a day of its own, so runs of this test on a kept database never meet earlier digests
		LocalDate day = LocalDate.of(2040, 1, 1).plusDays(System.currentTimeMillis() / 1000 % 20000);
		Instant morning = day.atTime(0, 30).toInstant(ZoneOffset.UTC);
		DigestJob job = new DigestJob(enterprises, new Digest(pending, events, Clock.fixed(morning, EnterpriseZone.DEFAULT),
				transactions));

		job.sendAll();
		job.sendAll();

		String source = "approval-digest:" + day;
		await().atMost(Duration.ofSeconds(10)).until(() -> digests(rd, source).size() == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> digests(rd, source).size() == 1);
		assertThat(digests(rd, source).get(0)).contains(number);
		List<Long> waiting = TenantContext.callAs(sales.tenantId(),
				() -> pending.waiting().stream().map(PendingApprovals.Waiting::approverId).toList());
		await().atMost(Duration.ofSeconds(10)).until(() -> told(sales.tenantId(), source).size() == waiting.size());
		assertThat(told(sales.tenantId(), source)).as("every approver with something waiting, nobody else")
			.containsExactlyInAnyOrderElementsOf(waiting);
	}

	private List<Long> told(long tenantId, String source) {
		return jdbc.queryForList("select recipient_id from notifications_notification where tenant_id = ? and source_key = ?",
				Long.class, tenantId, source);
	}

	private List<String> digests(long recipient, String source) {
		return jdbc.queryForList("select excerpt from notifications_notification where recipient_id = ? and source_key = ? "
				+ "and kind = 'APPROVAL_DIGEST'", String.class, recipient, source);
	}
}
