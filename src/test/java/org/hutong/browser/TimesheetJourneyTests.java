package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 工时 on a phone (375×812): rd opens 我的任务, goes to the 工时表, finds today chosen and logs hours with
 * a note on a task without hours today; the day's total grows, the hours stay in their field and are
 * stored, and nothing is wider than the phone. Screenshots {@code phone-time-*.png}.
 */
@HutongTest
@Tag("browser")
class TimesheetJourneyTests extends PhoneJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void rdLogsTodaysHoursOnATaskFromThePhone() {
		Page rd = signIn("rd");
		rd.navigate(url("/projects/my-tasks"));
		rd.locator(".page-head a[href$='/projects/timesheet']").tap();
		rd.waitForURL(Pattern.compile(".*/projects/timesheet$"));
		assertThat(rd.locator(".day-picker a.chosen")).isVisible();
		Assertions.assertThat(rd.locator(".timesheet-grid").isVisible()).isFalse();
		rd.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-time-1-today")));

		Locator form = rd.locator(".day-task-form:has(input[name=hours][value=''])").first();
		String taskId = form.locator("input[name=taskId]").inputValue();
		String day = form.locator("input[name=day]").inputValue();
		form.locator("input[name=hours]").fill("2.5");
		form.locator("input[name=note]").fill("样机接线调试");
		screenshot(rd, "phone-time-2-filled");
		form.locator("button[type=submit]").tap();
		Locator saved = rd.locator("#day-task-" + taskId + " input[name=hours]");
		assertThat(saved).hasValue("2.5");
		assertThat(rd.locator("#day-task-" + taskId + " input[name=entryId]")).hasCount(1);
		Assertions.assertThat(jdbc.sql("SELECT SUM(hours) FROM projects_time_entry WHERE task_id = :t AND work_day = CAST(:d AS DATE) "
				+ "AND note = '样机接线调试'").param("t", Long.parseLong(taskId)).param("d", day).query(BigDecimal.class).single())
			.isEqualByComparingTo("2.5");
		Assertions.assertThat((Boolean) rd.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		saved.scrollIntoViewIfNeeded();
		rd.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-time-3-saved")));

		rd.locator("input[name=hours][aria-invalid], .day-task-form input[name=hours]").first().fill("30");
		rd.locator(".day-task-form button[type=submit]").first().tap();
		assertThat(rd.locator(".day-task .field-error").first()).containsText("24");
		rd.locator(".day-task .field-error").first().scrollIntoViewIfNeeded();
		rd.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-time-4-refused")));
	}
}
