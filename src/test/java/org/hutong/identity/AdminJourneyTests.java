package org.hutong.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
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
import org.hutong.browser.PhoneJourney;
import org.hutong.identity.department.Department;
import org.hutong.identity.department.DepartmentRepository;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin pages in a real browser (Debian's Chromium): htmx "load more" and search on a phone, a
 * boosted form that comes back with its errors in place, and the desktop tables. Screenshots land
 * in {@code <build dir>/screenshots/admin-*.png}.
 */
@HutongTest
@Tag("browser")
class AdminJourneyTests {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final List<String> CHROMIUM_ARGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run", "--disable-quic");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	UserRepository users;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

	final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launchChromium() {
		assertTrue(Files.isExecutable(CHROMIUM), "Debian's Chromium is missing at " + CHROMIUM);
		playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void noScriptOrPolicyErrors() {
		contexts.forEach(BrowserContext::close);
		Assertions.assertThat(consoleErrors).as("console errors (CSP, scripts)").isEmpty();
	}

	@Test
	void loadsMoreUsersAndSearchesOnAPhone() {
		long department = seedUsers(25);
		Page page = signIn(phone());
		page.navigate(url("/admin/users?department=" + department));
		assertThat(page.locator("ul.list.with-table > li")).hasCount(20);
		assertThat(page.locator("table.table").first()).isHidden();
		screenshot(page, "admin-users-phone");
		page.locator(".load-more a").click();
		assertThat(page.locator("ul.list.with-table > li")).hasCount(25);
		assertThat(page.locator(".load-more")).hasCount(0);

		page.navigate(url("/admin/users"));
		page.fill("input[name=q]", "王芳");
		assertThat(page.locator("#user-results ul.list.with-table > li")).hasCount(1);
		assertThat(page.locator("#user-results")).containsText("sales");
	}

	@Test
	void aBoostedFormComesBackWithItsErrorsInPlace() {
		Page page = signIn(phone());
		page.navigate(url("/admin/users/new"));
		page.fill("input[name=username]", "a");
		page.fill("input[name=displayName]", "测试");
		page.fill("input[name=mobile]", "123");
		page.fill("input[name=password]", "long-enough-1");
		page.locator("#user-form button[type=submit]").click();
		assertThat(page.locator("#user-form .field.invalid").first()).isVisible();
		assertThat(page.locator("#user-form")).containsText("请输入 11 位中国大陆手机号");
		screenshot(page, "admin-user-form-errors-phone");

		page.navigate(url("/admin/departments/new"));
		page.fill("input[name=name]", "部门" + System.nanoTime());
		page.locator("#department-form button[type=submit]").click();
		page.waitForURL(url("/admin/departments"));
		assertThat(page.locator(".alert-ok")).isVisible();
		screenshot(page, "admin-departments-phone");
		page.navigate(url("/admin/roles/new"));
		screenshot(page, "admin-role-form-phone");
	}

	@Test
	void desktopShowsTables() {
		Page page = signIn(open(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("zh-CN")));
		page.navigate(url("/admin/departments"));
		assertThat(page.locator("table.table")).isVisible();
		assertThat(page.locator("ul.list.with-table")).isHidden();
		screenshot(page, "admin-departments-desktop");
		page.navigate(url("/admin/users"));
		assertThat(page.locator("table.user-table").first()).isVisible();
		screenshot(page, "admin-users-desktop");
		page.navigate(url("/admin/roles"));
		screenshot(page, "admin-roles-desktop");
		page.navigate(url("/admin/users/" + userId("sales") + "/edit"));
		screenshot(page, "admin-user-edit-desktop");
	}

	private long seedUsers(int count) {
		DemoTenants demo = new DemoTenants(tenants, transactions);
		return demo.call("demo", () -> {
			Department department = departments.save(new Department("浏览" + System.nanoTime(), null, null, 50));
			for (int i = 0; i < count; i++) {
				User user = new User("browse" + System.nanoTime() + i, "{noop}unused-password", Instant.now());
				user.describe("浏览用户" + (char) ('A' + i), null, null, department.getId(), null, null, Instant.now());
				users.save(user);
			}
			return department.getId();
		});
	}

	private long userId(String username) {
		return new DemoTenants(tenants, transactions).call("demo", () -> users.findByUsername(username).orElseThrow().getId());
	}

	private Page phone() {
		return open(new Browser.NewContextOptions().setViewportSize(375, 812).setDeviceScaleFactor(2).setIsMobile(true)
			.setHasTouch(true).setLocale("zh-CN"));
	}

	private Page open(Browser.NewContextOptions options) {
		BrowserContext context = browser.newContext(options);
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		context.onConsoleMessage(message -> {
			// a 422 answer to an invalid form is logged as a failed resource; that one is expected
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				consoleErrors.add(message.text());
			}
		});
		return context.newPage();
	}

	private Page signIn(Page page) {
		page.navigate(url("/login"));
		page.fill("input[name=tenant]", "demo");
		page.fill("input[name=username]", "admin");
		page.fill("input[name=password]", "demo1234");
		page.locator("form button[type=submit]").click();
		PhoneJourney.awaitHome(page, url("/"));
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void screenshot(Page page, String name) {
		Path dir = Paths.get(System.getProperty("hutong.build.dir", "target"), "screenshots");
		page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
	}
}
