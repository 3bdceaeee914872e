package org.hutong.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
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
 * The operator's console in a real browser (Debian's Chromium via Playwright): cards at 375 px,
 * a table on the desktop, the confirm step before suspending, and no CSP violations.
 */
@HutongTest
@Tag("browser")
class OperatorJourneyTests {

	static final String CHROMIUM = "/usr/bin/chromium";

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

	final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launchChromium() {
		playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM))
				.setHeadless(true)
				.setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void noConsoleErrors() {
		contexts.forEach(BrowserContext::close);
		Assertions.assertThat(consoleErrors).as("console errors, e.g. from the Content Security Policy").isEmpty();
	}

	@Test
	void operatorCreatesAndSuspendsAnEnterpriseOnAPhone() {
		Page page = open(375, 812);
		page.navigate(url("/platform/login"));
		assertFitsTheScreen(page);
		screenshot(page, "platform-phone-signin");
		signIn(page);
		assertThat(page.locator("ul.platform-list")).isVisible();
		assertThat(page.locator("table.table")).isHidden();
		assertFitsTheScreen(page);

		String code = Sessions.uniqueCode();
		page.locator("#new-enterprise summary").click();
		page.fill("input[name=code]", code);
		page.fill("input[name=name]", "手机创建的企业");
		page.fill("input[name=adminDisplayName]", "王总");
		page.fill("input[name=adminPassword]", "first-admin-1");
		screenshot(page, "platform-phone-new");
		page.locator("#new-enterprise button[type=submit]").click();
		assertThat(page.locator(".alert-ok")).containsText(code);

		page.onceDialog(dialog -> dialog.accept());
		page.locator("ul.platform-list li", new Page.LocatorOptions().setHasText(code))
			.locator("button.danger")
			.click();
		assertThat(page.locator("ul.platform-list li", new Page.LocatorOptions().setHasText(code)).locator(".badge"))
			.hasText("已暂停");
		assertFitsTheScreen(page);
		screenshot(page, "platform-phone-console");
	}

	@Test
	void desktopShowsTheTable() {
		Page page = signIn(open(1280, 800));
		assertThat(page.locator("table.table")).isVisible();
		assertThat(page.locator("ul.platform-list")).isHidden();
		screenshot(page, "platform-desktop-console");
	}

	Page open(int width, int height) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setIsMobile(width < 768)
			.setHasTouch(width < 768)
			.setLocale("zh-CN"));
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		context.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
		return context.newPage();
	}

	Page signIn(Page page) {
		page.navigate(url("/platform/login"));
		page.fill("input[name=username]", "operator");
		page.fill("input[name=password]", Sessions.OPERATOR_PASSWORD);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/platform"));
		return page;
	}

	static void assertFitsTheScreen(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		Assertions.assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static void screenshot(Page page, String name) {
		Path dir = Paths.get(System.getProperty("hutong.build.dir", "target"), "screenshots");
		page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
	}
}
