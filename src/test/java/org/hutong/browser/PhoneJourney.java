package org.hutong.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitUntilState;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey shares: Debian's headless Chromium driven by Playwright, phone-sized
 * contexts (375×812, touch, zh-CN) signed in through the real form, screenshots under the build
 * directory, and a check after each test that no page broke the Content Security Policy.
 */
public abstract class PhoneJourney {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final List<String> CHROMIUM_ARGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run", "--disable-quic");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	protected int port;

	private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

	private final List<String> cspViolations = new CopyOnWriteArrayList<>();

	/** A failed journey leaves a picture and the address of every page it had open, to tell a slow machine from a bug. */
	@RegisterExtension
	final AfterTestExecutionCallback pagesOnFailure = context -> {
		if (context.getExecutionException().isEmpty()) {
			return;
		}
		int n = 0;
		for (BrowserContext open : contexts) {
			for (Page page : open.pages()) {
				String name = "failed-" + context.getRequiredTestMethod().getName() + "-" + n++;
				try {
					System.out.println("journey failed; page " + name + " at " + page.url() + " titled " + page.title());
					screenshot(page, name);
				}
				catch (PlaywrightException gone) {
					System.out.println("journey failed; page " + name + " no longer answers: " + gone.getMessage());
				}
			}
		}
	};

	@BeforeAll
	static void launchChromium() {
		assertTrue(Files.isExecutable(CHROMIUM), "Debian's Chromium is missing");
		playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
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

	/** A new phone: a 375×812 touch context in Chinese with one open page. */
	protected Page phone() {
		return open(new Browser.NewContextOptions().setViewportSize(375, 812)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("zh-CN"));
	}

	/** A new context with these options, watched for policy errors and closed after the test. */
	protected Page open(Browser.NewContextOptions options) {
		BrowserContext context = browser.newContext(options);
		// generous: CI shares two cores between the app, the database and Chromium, and a wait that
		// passes quickly costs nothing; only a journey that is really stuck waits this long
		context.setDefaultTimeout(30_000);
		contexts.add(context);
		context.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
				cspViolations.add(message.text());
			}
		});
		return context.newPage();
	}

	/** A new phone signed in to {@code demo} as {@code username}, on 工作台. */
	protected Page signIn(String username) {
		return signIn(phone(), username);
	}

	/** Signs the page in to {@code demo} through the real form and waits for 工作台. */
	protected Page signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.fill("input[name=tenant]", "demo");
		page.fill("input[name=username]", username);
		page.fill("input[name=password]", "demo1234");
		page.locator("form button[type=submit]").click();
		awaitHome(page, url("/"));
		return page;
	}

	/**
	 * Waits for 工作台 after a sign-in. 工作台 is there once its document is; its cards and the
	 * live stream may still be loading. When it never comes, the failure says where the page
	 * stayed and what it said, so a refused sign-in is told apart from a slow machine.
	 */
	public static void awaitHome(Page page, String home) {
		try {
			page.waitForURL(home, new Page.WaitForURLOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED).setTimeout(30_000));
		}
		catch (PlaywrightException e) {
			Locator alert = page.locator(".alert");
			String said = alert.count() > 0 ? alert.first().innerText() : "(no message)";
			throw new AssertionError("sign-in did not reach 工作台; page stayed at " + page.url() + " titled "
					+ page.title() + " saying " + said, e);
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A full-page screenshot saved as {@code <build dir>/screenshots/<name>.png}. */
	protected static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath(name)).setFullPage(true));
	}

	protected static Path screenshotPath(String name) {
		return Paths.get(System.getProperty("hutong.build.dir", "target"), "screenshots", name + ".png");
	}
}
