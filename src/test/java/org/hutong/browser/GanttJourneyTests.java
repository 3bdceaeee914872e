package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 甘特图 of a demo project with links and a baseline: on a phone (375×812) the read-only timeline
 * list by phase, no chart, nothing wider than the phone; on a desktop (1280×800) the chart with its
 * bars and arrows, the critical path marked, and a dragged task bar answered by the server (saved, or
 * refused with the reason shown). Screenshots {@code gantt-*.png}.
 */
@HutongTest
@Tag("browser")
class GanttJourneyTests extends PhoneJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePhoneShowsTheTimelineList() {
		long project = demoProject();
		Page page = signIn(manager(project));
		page.navigate(url("/projects/" + project));
		page.locator("a[href$='/projects/" + project + "/gantt']").first().tap();
		page.waitForURL("**/projects/" + project + "/gantt");
		assertThat(page.locator(".gantt-timeline .gantt-item").first()).isVisible();
		Assertions.assertThat(page.locator(".gantt-desk").isVisible()).isFalse();
		Assertions.assertThat(page.locator(".gantt-chart svg").count()).isZero();
		Assertions.assertThat(page.locator(".gantt-timeline .gantt-phase").count()).isGreaterThan(1);
		Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("gantt-phone-1-timeline")));
		page.locator(".gantt-timeline .gantt-item").nth(3).scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("gantt-phone-2-items")));
	}

	@Test
	void theDesktopDrawsTheChartAndADragIsAnsweredByTheServer() {
		long project = demoProject();
		Page page = signIn(open(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN")),
				manager(project));
		page.navigate(url("/projects/" + project + "/gantt"));
		assertThat(page.locator(".gantt-chart svg .bar-wrapper").first()).isVisible();
		Assertions.assertThat(page.locator(".gantt-chart .bar-wrapper").count()).isGreaterThan(3);
		Assertions.assertThat(page.locator(".gantt-chart .arrow").count()).isGreaterThan(0);
		Assertions.assertThat(page.locator(".gantt-chart .bar-wrapper.gantt-critical").count()).isGreaterThan(0);
		Assertions.assertThat(page.locator(".gantt-chart .gantt-baseline-bar").count()).isGreaterThan(0);
		page.locator(".gantt-desk").scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("gantt-desktop-1-chart")));

		Locator bar = page.locator(".gantt-chart .bar-wrapper.gantt-kind-task:not(.gantt-done) .bar").first();
		bar.scrollIntoViewIfNeeded();
		BoundingBox box = bar.boundingBox();
		Response answer = page.waitForResponse(r -> r.url().contains("/gantt/tasks/") && r.url().endsWith("/dates"), () -> {
			page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
			page.mouse().down();
			page.mouse().move(box.x + box.width / 2 + 40, box.y + box.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
			page.mouse().move(box.x + box.width / 2 + 90, box.y + box.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
			page.mouse().up();
		});
		Assertions.assertThat(answer.status()).isIn(200, 422);
		if (answer.status() == 422) {
			assertThat(page.locator(".gantt-problem")).isVisible();
		}
		page.waitForTimeout(800);
		assertThat(page.locator(".gantt-chart svg .bar-wrapper").first()).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("gantt-desktop-2-dragged")));
		screenshot(page, "gantt-desktop-3-full");
	}

	/** A demo project with dependencies and a baseline (from its demo data). */
	private long demoProject() {
		return jdbc.sql("""
				SELECT MIN(b.project_id) FROM projects_plan_baseline b JOIN tenancy_tenant t ON t.id = b.tenant_id
				WHERE t.code = 'demo' AND EXISTS (SELECT 1 FROM projects_task_dependency d WHERE d.project_id = b.project_id)""")
			.query(Long.class).single();
	}

	private String manager(long project) {
		return jdbc.sql("SELECT u.username FROM projects_project p JOIN identity_user u ON u.id = p.manager_id WHERE p.id = :p")
			.param("p", project).query(String.class).single();
	}
}
