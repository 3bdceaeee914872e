package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Moving between pages on a phone: a page opened by a link, a tab or a save shows from its top,
 * and going back (the top bar's arrow or the browser's) shows the list where it was left, with the
 * card that was tapped in view. Screenshots {@code phone-navigation-*.png}.
 */
@HutongTest
@Tag("browser")
class NavigationJourneyTests extends PhoneJourney {

	private static final Pattern RECORD = Pattern.compile(".*/customers/\\d+$");

	@Test
	void aRecordOpensAtItsTopAndTheBackArrowReturnsToTheSameCard() {
		Page page = signIn("manager");
		page.navigate(url("/customers?scope=TEAM"));
		Locator card = farCard(page);
		String href = card.getAttribute("href");
		card.scrollIntoViewIfNeeded();
		double listScroll = scrollY(page);
		assertThat(listScroll).as("the list is scrolled well down").isGreaterThan(600);
		card.tap();
		page.waitForURL(RECORD);
		assertThat(page.locator(".topbar-title")).not().isEmpty();
		assertThat(scrollY(page)).as("the record opens at its top").isLessThan(1);
		assertThat(inView(page, page.locator("main h1").first())).as("the record's header is in view").isTrue();
		screenshot(page, "phone-navigation-2-record");

		page.locator(".topbar-back").tap();
		page.waitForURL(Pattern.compile(".*/customers\\?scope=TEAM$"));
		Locator again = page.locator("main a[href='" + href + "']").first();
		page.waitForCondition(() -> inView(page, again));
		assertThat(scrollY(page)).isGreaterThan(600);
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-navigation-1-back-to-list")));
	}

	@Test
	void theBrowsersBackAlsoReturnsToTheSameCardAndATabOpensAtItsTop() {
		Page page = signIn("manager");
		page.navigate(url("/customers?scope=TEAM"));
		Locator card = farCard(page);
		String href = card.getAttribute("href");
		card.scrollIntoViewIfNeeded();
		card.tap();
		page.waitForURL(RECORD);
		assertThat(scrollY(page)).isLessThan(1);
		page.goBack();
		Locator again = page.locator("main a[href='" + href + "']").first();
		page.waitForCondition(() -> inView(page, again));

		page.locator(".tabbar a[href='/feed']").tap();
		page.waitForURL(url("/feed"));
		assertThat(scrollY(page)).as("a tab opens at its top").isLessThan(1);
		assertThat(page.locator(".topbar-back")).hasCount(0);
	}

	@Test
	void savingAFormShowsTheSavedRecordFromItsTop() {
		Page page = signIn("admin");
		page.navigate(url("/customers?scope=TEAM"));
		Locator card = farCard(page);
		card.scrollIntoViewIfNeeded();
		card.tap();
		page.waitForURL(RECORD);
		String record = page.url();
		page.navigate(record + "/edit");
		page.locator("#customer-form button[type=submit]").scrollIntoViewIfNeeded();
		assertThat(scrollY(page)).isGreaterThan(200);
		page.locator("#customer-form button[type=submit]").tap();
		page.waitForURL(record);
		page.waitForCondition(() -> scrollY(page) < 1);
		assertThat(page.locator(".topbar-back")).hasAttribute("href", "/customers");
		screenshot(page, "phone-navigation-4-saved");
	}

	/** A customer card some way down the first page of the list. */
	private static Locator farCard(Page page) {
		Locator cards = page.locator("main a.customer-card");
		assertThat(cards.first()).isVisible();
		int count = cards.count();
		assertThat(count).as("customer cards on the first page").isGreaterThanOrEqualTo(12);
		return cards.nth(Math.min(count - 2, 16));
	}

	private static double scrollY(Page page) {
		return ((Number) page.evaluate("() => window.scrollY")).doubleValue();
	}

	/** Between the top bar and the tab bar. */
	private static boolean inView(Page page, Locator element) {
		return (Boolean) element.evaluate("e => { const r = e.getBoundingClientRect();"
				+ " const top = document.querySelector('.topbar').getBoundingClientRect().bottom;"
				+ " const bottom = document.querySelector('.tabbar').getBoundingClientRect().top;"
				+ " return r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1; }");
	}
}
