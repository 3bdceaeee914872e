package org.hutong.customers.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a 375 px phone: {@code sales} opens a customer, logs a visit with a photo and a next date, and
 * sees it on the timeline and in the header. Screenshots land in {@code <build dir>/screenshots/}.
 */
@HutongTest
@Tag("browser")
class FollowUpJourneyTests {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

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
	void salesLogsAVisitWithAPhotoAndANextDateOnAPhone() {
		Customer customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("sales");
		LocalDate next = LocalDate.now(EnterpriseZone.DEFAULT).plusDays(7);
		Page page = signIn("sales");
		page.navigate(url("/customers/" + customer.getId() + "#follow-ups"));
		assertThat(page.locator("#follow-ups form.follow-up-form")).isVisible();
		page.locator("#follow-ups label.chip", new Page.LocatorOptions().setHasText("拜访")).tap();
		page.fill("#follow-ups textarea[name=content]", "现场拜访，客户关心交货期\n下周报价");
		page.fill("#follow-ups input[name=nextFollowUpOn]", next.toString());
		page.setInputFiles("#follow-ups input[type=file]",
				new FilePayload("现场.png", "image/png", AttachmentTypeTests.PNG));
		page.screenshot(new Page.ScreenshotOptions().setPath(shot("phone-follow-up-form-zh")).setFullPage(true));
		page.locator("#follow-ups button[type=submit]").tap();
		assertThat(page.locator("#follow-ups .alert-ok")).isVisible();
		assertThat(page.locator("#follow-ups .timeline-entry").first()).containsText("下周报价");
		assertThat(page.locator("#follow-ups .timeline-entry").first()).containsText("拜访");
		assertThat(page.locator("#follow-ups .timeline-entry .attachments img")).hasCount(1);

		page.locator("#follow-ups").screenshot(new Locator.ScreenshotOptions()
			.setPath(shot("phone-follow-up-timeline-zh")));
		page.reload();
		assertThat(page.locator(".customer-head")).containsText(next.toString());
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
