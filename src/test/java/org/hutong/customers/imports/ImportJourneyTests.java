package org.hutong.customers.imports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a 375 px phone: {@code manager} uploads a CSV from the customer list, checks the mapping, runs
 * the dry run, starts the import and watches it finish, without a Content Security Policy complaint.
 * Screenshots land in {@code <build dir>/screenshots/}.
 */
@HutongTest
@Tag("browser")
class ImportJourneyTests {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	final List<String> cspViolations = new CopyOnWriteArrayList<>();

	BrowserContext context;

	@BeforeAll
	static void launchChromium() {
		assertTrue(Files.isExecutable(CHROMIUM), "Debian's Chromium is missing at " + CHROMIUM);
		playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
				.setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--no-first-run")));
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void noContentSecurityPolicyViolations() {
		if (context != null) {
			context.close();
		}
		Assertions.assertThat(cspViolations).as("console errors from the Content Security Policy").isEmpty();
	}

	@Test
	void managerImportsACsvOnAPhone() {
		String name = CustomerFixtures.uniqueName();
		String csv = ImportFixtures.csv(List.of(name + ",,重点客户,河南省 许昌市 魏都区,张磊,"
				+ CustomerFixtures.uniqueMobile() + ",经理", "坏行公司,123,,,,,"));
		Page page = signIn("manager");
		page.navigate(url("/customers"));
		page.locator("a[href='/customers/imports']").first().tap();
		page.locator("a[href='/customers/imports/new']").first().tap();
		page.setInputFiles("input[type=file]",
				new FilePayload("客户.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.screenshot(new Page.ScreenshotOptions().setPath(shot("phone-import-upload-zh")).setFullPage(true));
		page.locator("#import-upload button[type=submit]").tap();
		assertThat(page.locator(".import-mapping select").first()).hasValue("NAME");
		page.screenshot(new Page.ScreenshotOptions().setPath(shot("phone-import-mapping-zh")).setFullPage(true));
		page.locator(".import-mapping button.primary").tap();
		assertThat(page.locator(".import-outcome")).containsText("试导入结果", new com.microsoft.playwright.assertions
			.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		assertThat(page.locator(".import-errors")).containsText("统一社会信用代码不正确");
		page.screenshot(new Page.ScreenshotOptions().setPath(shot("phone-import-dry-run-zh")).setFullPage(true));
		page.locator(".import-outcome form[action$='/run'] button").tap();
		assertThat(page.locator(".import-outcome h2")).hasText("导入结果", new com.microsoft.playwright.assertions
			.LocatorAssertions.HasTextOptions().setTimeout(30_000));
		assertThat(page.locator(".import-summary .badge")).hasText("已完成");
		page.screenshot(new Page.ScreenshotOptions().setPath(shot("phone-import-done-zh")).setFullPage(true));
	}

	private Page signIn(String username) {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 812)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("zh-CN"));
		context.setDefaultTimeout(15_000);
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

	private static Path shot(String name) {
		return Paths.get(System.getProperty("hutong.build.dir", "target"), "screenshots", name + ".png");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
