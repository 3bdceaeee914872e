package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Journeys a person takes on a phone, in Debian's Chromium driven by Playwright: sign in, the tab
 * bar, languages, a wrong password, and the desktop layout. Screenshots land in
 * {@code <build dir>/screenshots/} for a human to look at.
 */
@HutongTest
@Tag("browser")
class PhoneJourneyTests extends PhoneJourney {

	static final String[] CHINESE_TABS = { "工作台", "客户", "项目", "动态", "我的" };

	static final String[] ENGLISH_TABS = { "Home", "Customers", "Projects", "Feed", "Me" };

	@Autowired
	MessageSource messages;

	@Test
	void adminSignsInOnAPhoneAndTapsCustomers() {
		Page page = signIn(phone("zh-CN"), "demo", "admin", "demo1234");
		assertThat(page).hasTitle("工作台");
		assertThat(page.locator("nav.tabbar")).isVisible();
		assertThat(page.locator("nav.tabbar a")).hasText(CHINESE_TABS);
		assertThat(page.locator("nav.tabbar a.active")).hasText("工作台");
		assertThat(page.locator("nav.sidebar")).isHidden();
		screenshot(page, "phone-home-zh");

		page.locator("nav.tabbar a[href='/customers']").tap();
		page.waitForURL(url("/customers"));
		assertThat(page.locator("nav.tabbar a.active")).hasText("客户");
		assertThat(page.locator("main .segmented a.active")).hasText("我的");
		page.locator("main .segmented a[href='/customers?scope=POOL']").tap();
		page.waitForURL(url("/customers?scope=POOL"));
		assertThat(page.locator("main ul.customer-cards")).isVisible();
		assertThat(page.locator("main table.customer-table")).isHidden();
		screenshot(page, "phone-customers-zh");

		page.locator("main ul.customer-cards a").first().tap();
		page.waitForURL(Pattern.compile(".*/customers/\\d+"));
		assertThat(page.locator(".record-head h1")).isVisible();
		assertThat(page.locator("#record-tab .record-timeline")).isVisible();
		screenshot(page, "phone-customer-zh");
	}

	@Test
	void englishBrowserSeesEnglishSignInAndTabs() {
		Page page = phone("en-US");
		page.navigate(url("/login"));
		assertThat(page.locator("form button[type=submit]")).hasText(message("signin.submit", Locale.ENGLISH));
		screenshot(page, "phone-signin-en");

		signIn(page, "demo", "sales", "demo1234");
		Locator tabbar = page.locator("nav.tabbar");
		assertThat(tabbar.locator("a")).hasText(ENGLISH_TABS);
		for (String chinese : CHINESE_TABS) {
			assertThat(tabbar).not().containsText(chinese);
		}
		screenshot(page, "phone-home-en");
	}

	@Test
	void wrongPasswordShowsTheLocalisedErrorOnTheForm() {
		// demo2/finance: a user no other journey signs in as, so one failure locks nobody out
		Page page = phone("zh-CN");
		submitSignIn(page, "demo2", "finance", "not-the-password");
		page.waitForURL(Pattern.compile(".*/login\\?error=bad.*"));
		assertThat(page.locator("form .alert-error")).hasText(message("signin.error.bad", Locale.SIMPLIFIED_CHINESE));
		assertThat(page.locator("input[name=tenant]")).hasValue("demo2");
		screenshot(page, "phone-signin-error-zh");
	}

	@Test
	void desktopShowsTheSidebarInsteadOfTheTabBar() {
		Page page = signIn(open(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN")),
				"demo", "admin", "demo1234");
		assertThat(page.locator("nav.sidebar")).isVisible();
		assertThat(page.locator("nav.tabbar")).isHidden();
		screenshot(page, "desktop-home-zh");
	}

	/** A new phone-sized context (375×812, touch) in the given language, with one open page. */
	Page phone(String locale) {
		return open(new Browser.NewContextOptions().setViewportSize(375, 812)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale(locale));
	}

	Page signIn(Page page, String tenant, String username, String password) {
		submitSignIn(page, tenant, username, password);
		page.waitForURL(url("/"));
		return page;
	}

	/** Fills the real form the way a person does, from the sign-in page. */
	void submitSignIn(Page page, String tenant, String username, String password) {
		if (!page.url().startsWith(url("/login"))) {
			page.navigate(url("/login"));
		}
		page.fill("input[name=tenant]", tenant);
		page.fill("input[name=username]", username);
		page.fill("input[name=password]", password);
		page.locator("form button[type=submit]").click();
	}

	String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
