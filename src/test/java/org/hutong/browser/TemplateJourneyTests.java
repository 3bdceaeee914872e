package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.lifecycle.TemplateFixtures;
import org.hutong.projects.task.TaskFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A lifecycle template on a phone (375×812): admin opens a template a running project follows, edits
 * it (a required deliverable added to its 验收 phase), applies it to the project after the preview
 * shows the new deliverable, and the project's 验收 phase requires it; nothing is wider than the
 * phone. Screenshots {@code phone-template-*.png}.
 */
@HutongTest
@Tag("browser")
class TemplateJourneyTests extends PhoneJourney {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminAddsADeliverableToAPhaseAndAppliesItToARunningProject() throws Exception {
		TemplateFixtures fixtures = new TemplateFixtures(mvc, new TaskFixtures(mvc, userDetails, tokens, jdbc), jdbc);
		long template = fixtures.template("手机模板");
		long project = fixtures.project("手机模板项目", template);
		long acceptance = fixtures.phaseIds(template).get(2);

		Page admin = signIn("admin");
		admin.navigate(url("/projects/templates/" + template));
		admin.locator("a[href$='/projects/templates/" + template + "/edit']").tap();
		admin.waitForURL(Pattern.compile(".*/edit$"));
		admin.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-template-1-editor")));

		Locator phase = admin.locator("#phase-" + acceptance);
		phase.locator("details:has(input[name=name][maxlength='50']) > summary").tap();
		phase.locator("form[action$='/deliverables'] input[name=name]").fill("验收照片");
		phase.locator("form[action$='/deliverables'] input[name=name]").scrollIntoViewIfNeeded();
		admin.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-template-2-adding")));
		phase.locator("form[action$='/deliverables'] button[type=submit]").tap();
		assertThat(admin.locator("#phase-" + acceptance + " .editor-items").first()).containsText("验收照片");
		Assertions.assertThat((Boolean) admin.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		admin.locator("#phase-" + acceptance).scrollIntoViewIfNeeded();
		admin.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-template-3-added")));

		admin.locator(".editor-links a[href$='/apply']").tap();
		admin.waitForURL(Pattern.compile(".*/apply$"));
		assertThat(admin.locator("input[name=projectId][value='" + project + "']")).isChecked();
		admin.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-template-4-choose")));
		admin.locator("form[action$='/apply/preview'] button[type=submit]").tap();
		Locator preview = admin.locator("#preview-" + project);
		assertThat(preview).containsText("新增交付物：验收照片");
		Assertions.assertThat((Boolean) admin.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		admin.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-template-5-preview")));
		admin.locator("form[action$='/apply'] button[type=submit]").tap();
		assertThat(admin.locator(".apply-outcomes")).containsText("已应用");
		admin.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-template-6-applied")));
		Assertions.assertThat(fixtures.requirements(fixtures.phases(project).get(2).id())).containsExactly("验收报告", "验收照片");
	}
}
