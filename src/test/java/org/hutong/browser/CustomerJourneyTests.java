package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
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
import com.microsoft.playwright.options.WaitForSelectorState;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customers journey on a phone, in the same Chromium and with the same flags as
 * {@link PhoneJourneyTests}: {@code sales} creates a customer and follows it up, {@code manager}
 * finds it under 团队, and {@code sales} claims one from the pool. Screenshots
 * {@code phone-customer-journey-*.png} land next to the other phone screenshots.
 */
@HutongTest
@Tag("browser")
class CustomerJourneyTests {

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
	void salesCreatesAndFollowsUpACustomerThatTheManagerSeesUnderTeam() {
		// unique per run, so the duplicate check never stops the journey on a reused database
		String name = "旅程测试" + (System.currentTimeMillis() % 100_000) + "号配电站";
		Page sales = signIn("sales");
		createCustomer(sales, name);
		logFollowUp(sales, LocalDate.now(EnterpriseZone.DEFAULT).plusDays(5));

		Page manager = signIn("manager");
		manager.navigate(url("/customers?scope=TEAM&q=" + name));
		assertThat(manager.locator("main .segmented a.active")).hasText("团队");
		assertThat(manager.locator("main ul.customer-cards")).containsText(name);
		PhoneJourneyTests.screenshot(manager, "phone-customer-journey-4-team");
	}

	@Test
	void salesClaimsAPoolCustomerWhichMovesToMine() {
		Page page = signIn("sales");
		page.navigate(url("/customers?scope=POOL"));
		Locator first = page.locator("main ul.customer-cards li").first();
		String name = first.locator(".customer-card .primary span").first().textContent().trim();
		PhoneJourneyTests.screenshot(page, "phone-customer-journey-5-pool");
		first.locator("form.pool-claim button").tap();
		page.waitForURL(Pattern.compile(".*/customers/\\d+.*"));

		page.navigate(url("/customers?scope=MINE&q=" + name));
		assertThat(page.locator("main ul.customer-cards")).containsText(name);
		PhoneJourneyTests.screenshot(page, "phone-customer-journey-6-mine");
		page.navigate(url("/customers?scope=POOL&q=" + name));
		assertThat(page.locator("main .customer-card", new Page.LocatorOptions().setHasText(name))).hasCount(0);
	}

	private void createCustomer(Page page, String name) {
		page.navigate(url("/customers/new"));
		page.fill("#customer-form input[name=name]", name);
		page.selectOption("#customer-form select[name=province]", "41");
		// the city and county lists arrive by htmx after each choice
		page.locator("#customer-city option[value='4101']").waitFor(attached());
		page.selectOption("#customer-city", "4101");
		page.locator("#customer-county option[value='410122']").waitFor(attached());
		page.selectOption("#customer-county", "410122");
		PhoneJourneyTests.screenshot(page, "phone-customer-journey-1-new");
		page.locator("#customer-form button[type=submit]").tap();
		page.waitForURL(Pattern.compile(".*/customers/\\d+.*"));
		assertThat(page.locator(".customer-head")).containsText(name);
		assertThat(page.locator(".customer-head")).containsText("郑州市");
	}

	private void logFollowUp(Page page, LocalDate next) {
		page.locator("#follow-ups label.chip", new Page.LocatorOptions().setHasText("电话")).tap();
		page.fill("#follow-ups textarea[name=content]", "电话沟通环网柜项目，下周技术交流");
		page.fill("#follow-ups input[name=nextFollowUpOn]", next.toString());
		PhoneJourneyTests.screenshot(page, "phone-customer-journey-2-follow-up");
		page.locator("#follow-ups button[type=submit]").tap();
		assertThat(page.locator("#follow-ups .alert-ok")).isVisible();
		assertThat(page.locator("#follow-ups .timeline-entry").first()).containsText("下周技术交流");
		PhoneJourneyTests.screenshot(page, "phone-customer-journey-3-timeline");
		page.reload();
		assertThat(page.locator(".customer-head")).containsText(next.toString());
	}

	private static Locator.WaitForOptions attached() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED);
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
