package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone, {@code sales} writes a post for chosen people: finds 张伟 by his pinyin initials and
 * taps him, adds 刘洋 with the keyboard and takes him out again, and posts; {@code rd} reads it.
 * Screenshot {@code phone-feed-people-picker.png}.
 */
@HutongTest
@Tag("browser")
class FeedPeopleJourneyTests {

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
		contexts.clear();
		Assertions.assertThat(cspViolations).as("console errors from the Content Security Policy").isEmpty();
	}

	@Test
	void salesPostsForPeopleChosenWithThePicker() {
		String marker = "样机评审" + (System.currentTimeMillis() % 100_000);
		Page sales = signIn("sales");
		sales.navigate(url("/feed"));
		Locator composer = sales.locator(".feed-composer");
		composer.locator("textarea[name=body]").fill(marker);
		composer.locator(".feed-options summary").tap();
		Locator search = composer.locator("[data-people-search]");
		search.pressSequentially("zw");
		Locator zhang = composer.locator(".people-options [data-pick-id]", new Locator.LocatorOptions().setHasText("张伟"));
		zhang.tap();
		Locator chips = composer.locator(".picked-people .chip");
		assertThat(chips).hasCount(1);
		assertThat(search).isFocused();
		assertThat(composer.locator("input[name=audience][value=PEOPLE]")).isChecked();
		search.pressSequentially("liuy");
		composer.locator(".people-options [data-pick-id]", new Locator.LocatorOptions().setHasText("刘洋")).waitFor();
		search.press("Enter");
		assertThat(chips).hasCount(2);
		PhoneJourneyTests.screenshot(sales, "phone-feed-people-picker");
		Assertions.assertThat((Boolean) sales.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		chips.filter(new Locator.FilterOptions().setHasText("刘洋")).locator("[data-unpick]").tap();
		assertThat(chips).hasCount(1);
		assertThat(chips.first().locator("input[name=userIds]")).hasCount(1);
		composer.locator("button[type=submit]").tap();
		assertThat(sales.locator("#feed-posts .feed-post", new Page.LocatorOptions().setHasText(marker)).first())
			.isVisible();

		Page rd = signIn("rd");
		rd.navigate(url("/feed"));
		assertThat(rd.locator("#feed-posts .feed-post", new Page.LocatorOptions().setHasText(marker)).first())
			.isVisible();
		Page finance = signIn("finance");
		finance.navigate(url("/feed"));
		assertThat(finance.locator("#feed-posts .feed-post", new Page.LocatorOptions().setHasText(marker)))
			.hasCount(0);
	}

	private Page signIn(String username) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 812)
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
