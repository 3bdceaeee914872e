package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 任务 on a phone (375×812): 张伟 (rd) opens 我的任务 from the 项目 tab, sees his overdue tasks first,
 * opens one's project board and moves the task to 进行中 with its status picker (no drag on a phone).
 * Screenshots {@code phone-tasks-*.png}.
 */
@HutongTest
@Tag("browser")
class TaskJourneyTests extends PhoneJourney {

	@Test
	void rdOpensHisTasksAndMovesOneWithThePhonePicker() {
		Page rd = signIn("rd");
		rd.locator(".tabbar a[href='/projects']").tap();
		rd.waitForURL(url("/projects"));
		rd.navigate(url("/projects/my-tasks"));
		assertThat(rd.locator("main h1")).hasText("我的任务");
		Locator overdue = rd.locator(".my-tasks-overdue li").first();
		assertThat(overdue).isVisible();
		assertThat(overdue.locator(".task-due.overdue")).isVisible();
		String title = overdue.locator(".primary").innerText();
		screenshot(rd, "phone-tasks-1-mine");
		rd.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-tasks-1b-mine-first-screen")));

		overdue.locator("a.button").tap();
		rd.waitForURL(Pattern.compile(".*/projects/\\d+/board(#task-\\d+)?$"));
		Locator card = rd.locator(".task-card", new Page.LocatorOptions().setHasText(title)).first();
		card.scrollIntoViewIfNeeded();
		assertThat(card.locator(".task-due.overdue")).isVisible();
		assertThat(card.locator("select[name=columnId]")).isVisible();
		screenshot(rd, "phone-tasks-2-board");

		card.locator("select[name=columnId]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("进行中"));
		card.locator("form.board-pick button[type=submit]").tap();
		rd.waitForURL(Pattern.compile(".*/projects/\\d+/board(#task-\\d+)?$"));
		assertThat(rd.locator(".alert-ok")).containsText("任务已移动");
		Locator moved = rd.locator("section.board-column[aria-label='进行中'] .task-card",
				new Page.LocatorOptions().setHasText(title)).first();
		assertThat(moved).isVisible();
		assertThat(moved.locator("select[name=columnId] option[selected]")).hasText("进行中");
		screenshot(rd, "phone-tasks-3-moved");
	}
}
