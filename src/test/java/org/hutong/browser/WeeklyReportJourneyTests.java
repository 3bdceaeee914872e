package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.projects.time.Week;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 项目周报 on a phone (375×812): 李明 opens his project 智能配变终端 TTU 二代, goes to its 周报 and opens
 * this week's; the week's facts show above the form (a task completed this morning among them) with
 * 本周完成 pre-filled; he writes the summary and the risks and publishes; the report reads as 已发布 and
 * the leaders' page of the week, from the portfolio's header, shows its card. Nothing is wider than the
 * phone. Screenshots {@code phone-report-*.png}.
 */
@HutongTest
@Tag("browser")
class WeeklyReportJourneyTests extends PhoneJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theManagerWritesAndPublishesThisWeeksReportFromThePhone() {
		long project = jdbc.sql("""
				SELECT p.id FROM projects_project p JOIN tenancy_tenant t ON t.id = p.tenant_id
				WHERE t.code = 'demo' AND p.name = '智能配变终端 TTU 二代'""").query(Long.class).single();
		String week = Week.of(LocalDate.now(EnterpriseZone.DEFAULT)).name();
		jdbc.sql("DELETE FROM projects_weekly_report WHERE project_id = :p AND week = :w").param("p", project)
			.param("w", week).update();
		long task = jdbc.sql("SELECT MIN(id) FROM projects_task WHERE project_id = :p AND category = 'OPEN'")
			.param("p", project).query(Long.class).single();
		String title = jdbc.sql("SELECT title FROM projects_task WHERE id = :id").param("id", task).query(String.class).single();
		jdbc.sql("UPDATE projects_task SET category = 'DONE', completed_at = :at WHERE id = :id")
			.param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("id", task).update();

		Page manager = signIn("manager");
		manager.navigate(url("/projects/" + project));
		manager.locator(".project-head a[href$='/reports']").tap();
		manager.waitForURL(Pattern.compile(".*/projects/" + project + "/reports$"));
		manager.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-report-1-weeks")));
		manager.locator(".page-head a[href$='/reports/" + week + "']").tap();
		manager.waitForURL(Pattern.compile(".*/reports/" + week + "$"));
		assertThat(manager.locator(".report-done-tasks")).containsText(title);
		Assertions.assertThat(manager.locator("textarea[name=doneText]").inputValue()).contains("- " + title);
		manager.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-report-2-facts")));

		manager.locator("textarea[name=summary]").fill("TTU 二代样机联调过半，通信模块已定型。");
		manager.locator("textarea[name=risks]").fill("4G 模组交期约六周，已联系第二家供应商。");
		manager.locator("textarea[name=summary]").scrollIntoViewIfNeeded();
		manager.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-report-3-written")));
		manager.locator(".report-form button[name=publish]").tap();
		assertThat(manager.locator(".alert-ok")).containsText("周报已发布");
		assertThat(manager.locator(".page-head .badge")).containsText("已发布");
		Assertions.assertThat(jdbc.sql("SELECT status FROM projects_weekly_report WHERE project_id = :p AND week = :w")
			.param("p", project).param("w", week).query(String.class).single()).isEqualTo("PUBLISHED");
		Assertions.assertThat((Boolean) manager.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		manager.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-report-4-published")));

		manager.navigate(url("/projects"));
		manager.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-report-0-portfolio")));
		manager.locator(".page-head a[href$='/projects/reports']").tap();
		manager.waitForURL(Pattern.compile(".*/projects/reports$"));
		assertThat(manager.locator(".report-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("智能配变终端 TTU 二代"))).containsText("通信模块已定型");
		Assertions.assertThat((Boolean) manager.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		manager.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-report-5-leaders")));
	}
}
