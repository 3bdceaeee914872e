package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.tenancy.Tenants;
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
 * The administrator's customer tools on a phone: the 级别 · 行业 · 来源 lists, merging a duplicate from
 * the customer's page, and the 回收站 that shows the merged customer. Screenshots
 * {@code phone-customer-admin-*.png} land next to the other phone screenshots.
 */
@HutongTest
@Tag("browser")
class CustomerAdminJourneyTests {

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
	void theAdministratorEditsAListThenMergesADuplicateWhichGoesToTheRecycleBin() {
		Page page = signIn("admin");
		String label = "旅程级别" + (System.currentTimeMillis() % 100_000);
		page.navigate(url("/customers/options"));
		page.fill("#options-LEVEL form.option-add input[name=labelZh]", label);
		page.locator("#options-LEVEL form.option-add button[type=submit]").tap();
		assertThat(page.locator("main .alert-ok")).isVisible();
		assertThat(page.locator("#options-LEVEL .option-labels input[name=labelZh][value='" + label + "']")).hasCount(1);
		PhoneJourneyTests.screenshot(page, "phone-customer-admin-1-options");

		CustomerFixtures fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		Customer survivor = fixtures.customer("sales");
		Customer duplicate = fixtures.customer("sales2");
		page.navigate(url("/customers/" + survivor.getId()));
		page.locator("main a[href$='/merge']").tap();
		page.fill("main input[name=q]", duplicate.getName());
		page.locator("main form[method=get] button[type=submit]").tap();
		page.locator("main a", new Page.LocatorOptions().setHasText(duplicate.getName())).tap();
		assertThat(page.locator("main section.card")).containsText(duplicate.getName());
		PhoneJourneyTests.screenshot(page, "phone-customer-admin-2-merge-preview");
		page.onDialog(Dialog::accept);
		page.locator("main form[method=post] button[type=submit]").tap();
		page.waitForURL(Pattern.compile(".*/customers/" + survivor.getId()));
		assertThat(page.locator("main .alert-ok")).isVisible();

		page.navigate(url("/customers/recycle-bin"));
		assertThat(page.locator("main")).containsText(duplicate.getName());
		PhoneJourneyTests.screenshot(page, "phone-customer-admin-3-recycle-bin");
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
