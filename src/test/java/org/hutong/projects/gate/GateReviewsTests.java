package org.hutong.projects.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.GateDecided;
import org.hutong.projects.GatePassed;
import org.hutong.projects.gate.GateReviews.Decision;
import org.hutong.projects.gate.GateReviews.Scoring;
import org.hutong.projects.project.ProjectFixtures;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 阶段评审 on a new 标准研发流程 project in 立项 (gatekeepers: the 系统管理员 role and rd): refused without
 * the phase's deliverables and while one is open; only gatekeepers score and decide; a must-meet 否
 * blocks Go; Go locks the deliverables and enters 方案评审; Recycle creates the rework tasks and keeps
 * the phase; Hold needs a later day; Kill ends the project.
 */
@HutongTest
@RecordApplicationEvents
class GateReviewsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GateReviews reviews;

	@Autowired
	ApplicationEvents events;

	ProjectFixtures fixtures;

	long project;

	long phase;

	@BeforeEach
	void project() throws Exception {
		fixtures = new ProjectFixtures(mvc, userDetails, tokens, jdbc);
		String url = fixtures.create("manager", "电气设计室", "阶段评审测试");
		project = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		phase = jdbc.sql("SELECT id FROM projects_phase WHERE project_id = :p AND position = 1").param("p", project)
			.query(Long.class).single();
		jdbc.sql("INSERT INTO projects_phase_gatekeeper (tenant_id, phase_id, user_id) "
				+ "SELECT tenant_id, id, :u FROM projects_phase WHERE id = :id")
			.param("u", fixtures.user("rd")).param("id", phase).update();
	}

	@Test
	void refusedWithoutTheDeliverablesThenGoLocksThemAndEntersTheNextPhase() {
		assertThatThrownBy(() -> as("manager", () -> reviews.request(me(), project)))
			.isInstanceOfSatisfying(GateRefused.class, r -> {
				assertThat(r.code()).isEqualTo("gate.refused.missingDeliverables");
				assertThat(r.args()).containsExactly("立项报告");
			});
		submitDeliverables();
		assertThatThrownBy(() -> as("sales", () -> reviews.request(me(), project))).as("not the manager")
			.isInstanceOf(RuntimeException.class);
		long gate = as("manager", () -> reviews.request(me(), project));
		assertThat(jdbc.sql("SELECT r.status FROM approval_request r JOIN projects_gate g ON g.approval_request_id = r.id "
				+ "WHERE g.id = :g").param("g", gate).query(String.class).single()).isEqualTo("PENDING");
		assertThatThrownBy(() -> as("manager", () -> reviews.request(me(), project)))
			.isInstanceOfSatisfying(GateRefused.class, r -> assertThat(r.code()).isEqualTo("gate.refused.alreadyOpen"));

		assertThatThrownBy(() -> as("sales", () -> run(() -> reviews.score(me(), gate, scoring(true, 4)))))
			.isInstanceOf(AccessDeniedException.class);
		as("rd", () -> run(() -> reviews.score(me(), gate, scoring(false, 4))));
		assertThatThrownBy(() -> as("admin", () -> run(() -> reviews.decide(me(), gate,
				new Decision(GateOutcome.GO, "通过", null, null, null))))).isInstanceOfSatisfying(GateRefused.class, r -> {
					assertThat(r.code()).isEqualTo("gate.refused.mustFailed");
					assertThat(r.args()).containsExactly("市场需求明确");
				});
		as("rd", () -> run(() -> reviews.score(me(), gate, scoring(true, 4))));
		as("admin", () -> run(() -> reviews.score(me(), gate, scoring(true, 3))));
		as("admin", () -> run(() -> reviews.decide(me(), gate, new Decision(GateOutcome.GO, "同意进入方案评审", null, null, null))));

		assertThat(jdbc.sql("SELECT current_phase FROM projects_project WHERE id = :p").param("p", project)
			.query(String.class).single()).isEqualTo("方案评审");
		assertThat(jdbc.sql("SELECT status FROM projects_phase WHERE id = :id").param("id", phase).query(String.class)
			.single()).isEqualTo("DONE");
		assertThat(jdbc.sql("SELECT locked_version FROM projects_deliverable WHERE phase_id = :id").param("id", phase)
			.query(Integer.class).list()).containsOnly(1);
		assertThat(jdbc.sql("SELECT r.status FROM approval_request r JOIN projects_gate g ON g.approval_request_id = r.id "
				+ "WHERE g.id = :g").param("g", gate).query(String.class).single()).isEqualTo("APPROVED");
		assertThat(events.stream(GatePassed.class).filter(e -> e.gateId() == gate)).singleElement()
			.satisfies(e -> assertThat(e.last()).isFalse());
		assertThat(events.stream(GateDecided.class).filter(e -> e.gateId() == gate)).singleElement()
			.satisfies(e -> assertThat(e.outcome()).isEqualTo("GO"));
		assertThatThrownBy(() -> as("rd", () -> run(() -> reviews.decide(me(), gate,
				new Decision(GateOutcome.KILL, "再来一次", null, null, null))))).as("decided once")
			.isInstanceOfSatisfying(GateRefused.class, r -> assertThat(r.code()).isEqualTo("gate.refused.closed"));
	}

	@Test
	void recycleKeepsThePhaseAndCreatesTheReworkTasksForTheManager() {
		submitDeliverables();
		long gate = as("manager", () -> reviews.request(me(), project));
		as("admin", () -> run(() -> reviews.decide(me(), gate,
				new Decision(GateOutcome.RECYCLE, "市场数据不足", null, List.of("补充市场调研", " ", "重算投资回报"), null))));
		assertThat(jdbc.sql("SELECT t.title FROM projects_task t JOIN projects_task_assignee a ON a.task_id = t.id "
				+ "WHERE t.project_id = :p AND t.phase_id = :ph AND a.user_id = :m ORDER BY t.id")
			.param("p", project).param("ph", phase).param("m", fixtures.user("manager")).query(String.class).list())
			.containsExactly("补充市场调研", "重算投资回报");
		assertThat(jdbc.sql("SELECT status FROM projects_phase WHERE id = :id").param("id", phase).query(String.class)
			.single()).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("SELECT r.status FROM approval_request r JOIN projects_gate g ON g.approval_request_id = r.id "
				+ "WHERE g.id = :g").param("g", gate).query(String.class).single()).isEqualTo("REJECTED");
		long again = as("manager", () -> reviews.request(me(), project));
		assertThat(again).as("the phase may be reviewed again").isNotEqualTo(gate);
	}

	@Autowired
	HoldReminders holds;

	@Test
	void aHoldPausesTheProjectAndItsManagerIsRemindedOnceOnTheDayItEnds() {
		submitDeliverables();
		long gate = as("manager", () -> reviews.request(me(), project));
		LocalDate today = LocalDate.now(org.hutong.web.EnterpriseZone.DEFAULT);
		as("admin", () -> run(() -> reviews.decide(me(), gate, new Decision(GateOutcome.HOLD, "等客户确认参数", today.plusDays(1),
				null, null))));
		assertThat(jdbc.sql("SELECT status FROM projects_project WHERE id = :p").param("p", project).query(String.class)
			.single()).isEqualTo("PAUSED");
		holds.runAll();
		assertThat(events.stream(org.hutong.projects.HoldEnds.class).filter(e -> e.gateId() == gate)).isEmpty();
		jdbc.sql("UPDATE projects_gate SET hold_until = :d WHERE id = :g").param("d", today).param("g", gate).update();
		holds.runAll();
		holds.runAll();
		assertThat(events.stream(org.hutong.projects.HoldEnds.class).filter(e -> e.gateId() == gate)).singleElement()
			.satisfies(e -> {
				assertThat(e.managerId()).isEqualTo(fixtures.user("manager"));
				assertThat(e.holdUntil()).isEqualTo(today);
				assertThat(e.phaseName()).isEqualTo("立项");
			});
		assertThat(jdbc.sql("SELECT hold_reminded FROM projects_gate WHERE id = :g").param("g", gate).query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void holdNeedsALaterDayAndKillEndsTheProject() {
		submitDeliverables();
		long gate = as("manager", () -> reviews.request(me(), project));
		assertThatThrownBy(() -> as("admin", () -> run(() -> reviews.decide(me(), gate,
				new Decision(GateOutcome.HOLD, "等客户确认", LocalDate.now().minusDays(1), null, null)))))
			.isInstanceOfSatisfying(GateRefused.class, r -> assertThat(r.field()).isEqualTo("holdUntil"));
		assertThatThrownBy(() -> as("admin", () -> run(() -> reviews.decide(me(), gate,
				new Decision(GateOutcome.KILL, " ", null, null, null)))))
			.isInstanceOfSatisfying(GateRefused.class, r -> assertThat(r.field()).isEqualTo("comment"));
		as("admin", () -> run(() -> reviews.decide(me(), gate, new Decision(GateOutcome.KILL, "市场已被竞品占据", null, null, null))));
		assertThat(jdbc.sql("SELECT status FROM projects_project WHERE id = :p").param("p", project).query(String.class)
			.single()).isEqualTo("KILLED");
		assertThat(jdbc.sql("SELECT decision_comment FROM projects_gate WHERE id = :g").param("g", gate)
			.query(String.class).single()).isEqualTo("市场已被竞品占据");
		assertThatThrownBy(() -> as("manager", () -> reviews.request(me(), project)))
			.isInstanceOfSatisfying(GateRefused.class, r -> assertThat(r.code()).isEqualTo("gate.refused.notActive"));
	}

	private void submitDeliverables() {
		jdbc.sql("UPDATE projects_deliverable SET versions = 1 WHERE project_id = :p AND phase_id = :ph")
			.param("p", project).param("ph", phase).update();
	}

	private Scoring scoring(boolean met, int points) {
		Map<Long, Boolean> answers = new HashMap<>();
		Map<Long, Integer> scores = new HashMap<>();
		jdbc.sql("SELECT id, kind FROM projects_phase_criterion WHERE phase_id = :id ORDER BY position")
			.param("id", phase)
			.query((rs, n) -> {
				if ("MUST".equals(rs.getString("kind"))) {
					answers.put(rs.getLong("id"), rs.getInt("id") == firstMust() ? met : true);
				}
				else {
					scores.put(rs.getLong("id"), points);
				}
				return null;
			})
			.list();
		return new Scoring(answers, scores, "评分意见");
	}

	private long firstMust() {
		return jdbc.sql("SELECT MIN(id) FROM projects_phase_criterion WHERE phase_id = :id AND kind = 'MUST'")
			.param("id", phase).query(Long.class).single();
	}

	private static SignedInUser me() {
		return (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
	}

	private static Object run(Runnable work) {
		work.run();
		return null;
	}

	private <T> T as(String username, Supplier<T> work) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return new DemoTenants(tenants, transactions).call("demo", () -> {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			try {
				return work.get();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}
}
