package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.feed.image.FeedImageTestsAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The feed on a phone, in the same Chromium and with the same flags as {@link PhoneJourneyTests}:
 * {@code sales} posts a photo and @-mentions {@code manager} through the autocomplete, {@code manager}
 * finds it on /feed and comments, and {@code sales} sees the comment on the post's page. Screenshots
 * {@code phone-feed-journey-*.png} land next to the other phone screenshots.
 */
@HutongTest
@Tag("browser")
class FeedJourneyTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

	final List<String> cspViolations = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launchChromium() {
		assertTrue(Files.isExecutable(PhoneJourneyTests.CHROMIUM), "Debian's Chromium is missing");
		playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(PhoneJourneyTests.CHROMIUM)
				.setHeadless(true)
				.setArgs(PhoneJourneyTests.CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void noContentSecurityPolicyViolations() {
		contexts.forEach(BrowserContext::close);
		Assertions.assertThat(cspViolations).as("console errors from the Content Security Policy").isEmpty();
	}

	@Test
	void salesPostsAPhotoMentioningTheManagerWhoCommentsAndSalesSeesTheComment() throws Exception {
		String marker = "变电站调试" + (System.currentTimeMillis() % 100_000);
		Path photo = Files.createTempFile("substation", ".jpg");
		Files.write(photo, FeedImageTestsAccess.jpeg());

		Page sales = signIn("sales");
		sales.navigate(url("/feed"));
		Locator body = sales.locator(".feed-composer textarea[name=body]");
		body.click();
		body.pressSequentially(marker + " 完成，请 @li");
		Locator option = sales.locator(".feed-composer .mention-option", new Page.LocatorOptions().setHasText("李明"));
		option.waitFor();
		PhoneJourneyTests.screenshot(sales, "phone-feed-journey-1-mention");
		option.tap();
		body.pressSequentially("看一下 #现场调试");
		Assertions.assertThat(body.inputValue()).contains("@李明 看一下");
		sales.locator(".feed-composer input[name=images]").setInputFiles(photo);
		sales.locator(".feed-composer button[type=submit]").tap();
		Locator mine = sales.locator("#feed-posts .feed-post", new Page.LocatorOptions().setHasText(marker)).first();
		assertThat(mine).isVisible();
		assertThat(mine.locator(".feed-images img")).hasCount(1);
		assertThat(mine.locator("a.mention")).hasText("@李明");
		PhoneJourneyTests.screenshot(sales, "phone-feed-journey-2-posted");

		Page manager = signIn("manager");
		manager.navigate(url("/feed?view=mentions"));
		Locator post = manager.locator("#feed-posts .feed-post", new Page.LocatorOptions().setHasText(marker)).first();
		assertThat(post).isVisible();
		PhoneJourneyTests.screenshot(manager, "phone-feed-journey-3-mentions");
		post.locator(".feed-actions a.button").tap();
		manager.waitForURL(Pattern.compile(".*/feed/posts/\\d+"));
		manager.locator("#comments textarea[name=body]").fill("收到，明天安排调试人员到现场。");
		manager.locator("#comments button[type=submit]").tap();
		assertThat(manager.locator("#comments .feed-comment").first()).containsText("明天安排调试人员");
		PhoneJourneyTests.screenshot(manager, "phone-feed-journey-4-commented");

		sales.navigate(manager.url());
		assertThat(sales.locator("#comments .feed-comment").first()).containsText("明天安排调试人员");
		assertThat(sales.locator("#comments")).containsText("李明");
		PhoneJourneyTests.screenshot(sales, "phone-feed-journey-5-comment-seen");
	}

	@Test
	void aCustomerPageCarriesItsFeedAndTheManagerSeesWhoReported() {
		Page sales = signIn("sales");
		sales.navigate(url("/feed"));
		String customer = sales.locator(".feed-subject a").first().getAttribute("href");
		sales.navigate(url(customer));
		Locator panel = sales.locator("#feed");
		assertThat(panel.locator(".feed-post").first()).isVisible();
		String note = "客户现场验收安排" + (System.currentTimeMillis() % 100_000);
		panel.locator("textarea[name=body]").fill(note);
		panel.locator(".feed-composer button[type=submit]").tap();
		assertThat(panel.locator(".feed-post").first()).containsText(note);
		sales.locator("#follow-ups label.chip", new Page.LocatorOptions().setHasText("拜访")).tap();
		sales.fill("#follow-ups textarea[name=content]", "到现场核对开关柜基础尺寸");
		sales.locator("#follow-ups button[type=submit]").tap();
		assertThat(sales.locator("#follow-ups .alert-ok")).isVisible();
		sales.reload();
		assertThat(sales.locator("#feed .feed-post").first()).containsText("记录了一次跟进（拜访）");
		sales.locator("#feed").scrollIntoViewIfNeeded();
		PhoneJourneyTests.screenshot(sales, "phone-feed-journey-6-customer");

		Page manager = signIn("manager");
		manager.navigate(url("/feed/reports"));
		assertThat(manager.locator("main ul.list")).containsText("王芳");
		assertThat(manager.locator("main ul.list")).containsText("陈磊");
		PhoneJourneyTests.screenshot(manager, "phone-feed-journey-7-roster");
	}

	/** A phone-sized context like {@link PhoneJourneyTests#phone}, signed in to {@code demo}. */
	private Page signIn(String username) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("zh-CN"));
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		context.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
				cspViolations.add(message.text());
			}
		});
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.fill("input[name=tenant]", "demo");
		page.fill("input[name=username]", username);
		page.fill("input[name=password]", "demo1234");
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/"));
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
