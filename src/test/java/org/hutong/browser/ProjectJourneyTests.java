package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 研发项目 on a phone (375×812): 张伟 (rd) opens the 项目 tab, sees his portfolio as cards with phase and
 * next gate (late ones in red), opens a project and its phase bar; 李明 (manager) sets up a 客户定制
 * project, which starts in 立项; the general manager (admin) sees the department's projects by 健康度 with the
 * reasons in words. Screenshots {@code phone-projects-*.png}.
 */
@HutongTest
@Tag("browser")
class ProjectJourneyTests extends PhoneJourney {

	@Test
	void rdSeesThePortfolioAndAPhaseBarAndTheManagerSetsUpAProject() {
		Page rd = signIn("rd");
		rd.locator(".tabbar a[href='/projects']").tap();
		rd.waitForURL(url("/projects"));
		assertThat(rd.locator("main h1")).hasText("项目");
		assertThat(rd.locator(".segmented a.active")).hasText("我的项目");
		assertThat(rd.locator(".project-card").first()).isVisible();
		screenshot(rd, "phone-projects-1-portfolio");
		// projects other tests start are in 立项: a later phase shows the demo's, with their late gates
		rd.selectOption(".project-filters select[name=phase]", "方案评审");
		assertThat(rd.locator(".project-card .project-gate.late").first()).isVisible();

		rd.locator(".segmented a", new Page.LocatorOptions().setHasText("部门项目")).tap();
		rd.waitForURL(Pattern.compile(".*/projects\\?scope=DEPARTMENT"));
		assertThat(rd.locator(".project-card").first()).isVisible();
		rd.locator(".segmented a", new Page.LocatorOptions().setHasText("我的项目")).tap();
		rd.waitForURL(Pattern.compile(".*/projects\\?scope=MINE"));
		rd.selectOption(".project-filters select[name=phase]", "样机试制");
		// the filter swaps the results and then pushes its URL: tap only once the list has settled
		rd.waitForURL(Pattern.compile(".*phase=.*"));
		rd.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
		assertThat(rd.locator(".project-card", new Page.LocatorOptions().setHasText("40.5 kV 环保气体绝缘开关柜"))).isVisible();
		assertThat(rd.locator(".project-card .project-phase").first()).hasText("样机试制");
		screenshot(rd, "phone-projects-1b-filtered");

		var card = rd.locator(".project-card", new Page.LocatorOptions().setHasText("40.5 kV 环保气体绝缘开关柜")).first();
		assertThat(card).isVisible();
		// opened by its link: in the full suite's long list the tap's hit test kept landing beside the card
		rd.navigate(url(card.getAttribute("href")));
		rd.waitForURL(Pattern.compile(".*/projects/\\d+$"));
		assertThat(rd.locator(".project-head")).containsText("XM-");
		assertThat(rd.locator("#phases .phase-line")).hasCount(7);
		assertThat(rd.locator("#phases .phase-DONE")).hasCount(3);
		assertThat(rd.locator("#phases .phase-ACTIVE .phase-name")).containsText("样机试制");
		assertThat(rd.locator("#phases .phase-line").first()).containsText("滞后 5 天");
		screenshot(rd, "phone-projects-2-phase-bar");
		rd.locator("#phases .phase-ACTIVE summary").tap();
		assertThat(rd.locator("#phases .phase-ACTIVE .phase-body")).containsText("样机试制报告");
		screenshot(rd, "phone-projects-3-phase-open");

		String name = "开关柜定制 " + ThreadLocalRandom.current().nextInt(100_000);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Page manager = signIn("manager");
		manager.navigate(url("/projects"));
		manager.locator("a[href='/projects/new']").first().tap();
		manager.waitForURL(url("/projects/new"));
		manager.fill("#project-form input[name=name]", name);
		manager.selectOption("#project-form select[name=typeId]", new com.microsoft.playwright.options.SelectOption().setLabel("客户定制"));
		manager.fill("#project-form input[name=plannedStart]", today.toString());
		manager.fill("#project-form input[name=plannedEnd]", today.minusDays(1).toString());
		manager.locator("#project-form button[type=submit]").tap();
		assertThat(manager.locator("#project-form")).containsText("计划结束不能早于计划开始");
		screenshot(manager, "phone-projects-4-refused");
		manager.fill("#project-form input[name=plannedEnd]", today.plusDays(120).toString());
		manager.locator("#project-form button[type=submit]").tap();
		manager.waitForURL(Pattern.compile(".*/projects/\\d+$"));
		assertThat(manager.locator(".alert-ok")).containsText("项目已保存");
		assertThat(manager.locator("#phases .phase-ACTIVE .phase-name")).containsText("立项");
		assertThat(manager.locator("#team")).containsText("李明");
		screenshot(manager, "phone-projects-5-created");
	}

	@Test
	void theGeneralManagerSeesTheDepartmentsProjectsByHealthWithTheReasonsInWords() {
		Page admin = signIn("admin");
		admin.locator(".tabbar a[href='/projects']").tap();
		admin.waitForURL(url("/projects"));
		admin.locator(".segmented a", new Page.LocatorOptions().setHasText("部门项目")).tap();
		admin.waitForURL(Pattern.compile(".*/projects\\?scope=DEPARTMENT"));
		assertThat(admin.locator(".project-card .health-light").first()).isVisible();
		screenshot(admin, "phone-projects-6-health");

		admin.selectOption(".project-filters select[name=health]", "RED");
		assertThat(admin.locator(".project-card").first()).isVisible();
		assertThat(admin.locator(".project-card .health-light.health-GREEN")).hasCount(0);
		assertThat(admin.locator(".project-card .health-light.health-RED").first()).isVisible();
		assertThat(admin.locator(".project-card .health-reasons.health-RED").first()).containsText("逾期");
		screenshot(admin, "phone-projects-7-red");

		admin.locator(".project-card").first().tap();
		admin.waitForURL(Pattern.compile(".*/projects/\\d+$"));
		assertThat(admin.locator(".project-head .project-health")).containsText("预警");
		screenshot(admin, "phone-projects-8-health-on-project");
	}
}
