package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.gate.GateOutcome;
import org.hutong.projects.gate.GateReviews;
import org.hutong.projects.gate.GateReviews.Decision;
import org.hutong.projects.project.ProjectFixtures;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 阶段评审 on a phone (375×812): a new project past 立项, in 方案评审 with its deliverables in and 李明
 * (manager) and 张伟 (rd) as the phase's gatekeepers. 李明 requests the review from the project page and
 * scores it; 张伟 scores it and says Go; the project enters 设计开发. Screenshots {@code phone-gate-*.png}.
 */
@HutongTest
@Tag("browser")
class GateJourneyTests extends PhoneJourney {

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

	@Test
	void theManagerRequestsTwoGatekeepersScoreAndGoEntersTheNextPhase() throws Exception {
		long project = projectInSchemeReview();

		Page manager = signIn("manager");
		manager.navigate(url("/projects/" + project));
		assertThat(manager.locator("#phases .phase-ACTIVE .phase-name")).containsText("方案评审");
		assertThat(manager.locator("#gates button[type=submit]")).hasText("申请阶段评审");
		screenshot(manager, "phone-gate-1-project");
		manager.locator("#gates button[type=submit]").tap();
		manager.waitForURL(Pattern.compile(".*/projects/" + project + "/gates/\\d+$"));
		assertThat(manager.locator(".alert-ok")).containsText("已申请阶段评审");
		assertThat(manager.locator("main h1")).hasText("阶段评审 · 方案评审");
		String review = manager.url();
		score(manager, "4", "方案可行");
		assertThat(manager.locator(".alert-ok")).containsText("评分已保存");
		assertThat(manager.locator(".gate-score")).hasCount(1);
		screenshot(manager, "phone-gate-2-scored");

		Page rd = signIn("rd");
		rd.navigate(review);
		assertThat(rd.locator(".gate-score")).containsText("李明");
		score(rd, "3", "成本需再核");
		assertThat(rd.locator(".gate-score")).hasCount(2);
		assertThat(rd.locator(".gate-summary .gate-weighted")).containsText("加权得分");
		screenshot(rd, "phone-gate-3-two-scores");
		rd.locator(".gate-decision-form input[name=outcome][value=GO]").check();
		rd.fill(".gate-decision-form textarea[name=comment]", "同意进入设计开发");
		screenshot(rd, "phone-gate-4-decision");
		rd.locator(".gate-decision-form button[type=submit]").tap();
		assertThat(rd.locator(".alert-ok")).containsText("评审已决定");
		assertThat(rd.locator(".gate-decision")).containsText("同意进入设计开发");
		assertThat(rd.locator(".gate-summary .gate-status")).hasText("通过（Go）");
		screenshot(rd, "phone-gate-5-go");

		manager.navigate(url("/projects/" + project));
		assertThat(manager.locator("#phases .phase-ACTIVE .phase-name")).containsText("设计开发");
		assertThat(manager.locator("#gates .gate-list")).containsText("通过（Go）");
		screenshot(manager, "phone-gate-6-next-phase");
	}

	private static void score(Page page, String points, String comment) {
		Locator yes = page.locator(".gate-score-form input[type=radio][value=true]");
		for (int i = 0; i < yes.count(); i++) {
			yes.nth(i).check();
		}
		Locator selects = page.locator(".gate-score-form select");
		for (int i = 0; i < selects.count(); i++) {
			selects.nth(i).selectOption(points);
		}
		page.fill(".gate-score-form textarea[name=comment]", comment);
		page.locator(".gate-score-form button[type=submit]").tap();
	}

	/** A new 新产品开发 project of 李明's, 立项 passed, in 方案评审 with its deliverables in and 李明 and 张伟 as gatekeepers. */
	private long projectInSchemeReview() throws Exception {
		ProjectFixtures fixtures = new ProjectFixtures(mvc, userDetails, tokens, jdbc);
		String url = fixtures.create("manager", "电气设计室", "评审旅程 " + ThreadLocalRandom.current().nextInt(100_000));
		long project = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		submit(project, 1);
		long first = as("manager", () -> reviews.request(me(), project));
		as("admin", () -> {
			reviews.decide(me(), first, new Decision(GateOutcome.GO, "立项通过", null, null, null));
			return null;
		});
		long phase = submit(project, 2);
		jdbc.sql("DELETE FROM projects_phase_gatekeeper WHERE phase_id = :id").param("id", phase).update();
		jdbc.sql("UPDATE projects_phase SET gatekeeper_role_id = NULL WHERE id = :id").param("id", phase).update();
		for (String keeper : new String[] { "manager", "rd" }) {
			jdbc.sql("INSERT INTO projects_phase_gatekeeper (tenant_id, phase_id, user_id) "
					+ "SELECT tenant_id, id, :u FROM projects_phase WHERE id = :id")
				.param("u", fixtures.user(keeper)).param("id", phase).update();
		}
		return project;
	}

	private long submit(long project, int position) {
		long phase = jdbc.sql("SELECT id FROM projects_phase WHERE project_id = :p AND position = :n")
			.param("p", project).param("n", position).query(Long.class).single();
		jdbc.sql("UPDATE projects_deliverable SET versions = 1 WHERE project_id = :p AND phase_id = :ph")
			.param("p", project).param("ph", phase).update();
		return phase;
	}

	private static SignedInUser me() {
		return (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
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
