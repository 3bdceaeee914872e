package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The customers journey on a phone, in the same Chromium and with the same flags as
 * {@link PhoneJourneyTests}: {@code sales} creates a customer and follows it up, {@code manager}
 * finds it under 团队, and {@code sales} claims one from the pool. Screenshots
 * {@code phone-customer-journey-*.png} land next to the other phone screenshots.
 */
@HutongTest
@Tag("browser")
class CustomerJourneyTests extends PhoneJourney {

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
		screenshot(manager, "phone-customer-journey-4-team");
	}

	@Test
	void salesClaimsAPoolCustomerWhichMovesToMine() {
		Page page = signIn("sales");
		page.navigate(url("/customers?scope=POOL"));
		Locator first = page.locator("main ul.customer-cards li").first();
		String name = first.locator(".customer-card .primary span").first().textContent().trim();
		screenshot(page, "phone-customer-journey-5-pool");
		first.locator("form.pool-claim button").tap();
		page.waitForURL(Pattern.compile(".*/customers/\\d+.*"));

		page.navigate(url("/customers?scope=MINE&q=" + name));
		assertThat(page.locator("main ul.customer-cards")).containsText(name);
		screenshot(page, "phone-customer-journey-6-mine");
		page.navigate(url("/customers?scope=POOL&q=" + name));
		assertThat(page.locator("main .customer-card", new Page.LocatorOptions().setHasText(name))).hasCount(0);
	}

	private void createCustomer(Page page, String name) {
		page.navigate(url("/customers/new"));
		page.fill("#customer-form input[name=name]", name);
		// 省 / 市 / 区县 in one bottom sheet: each choice loads the next column
		page.locator("#customer-region").tap();
		Locator sheet = page.locator("#customer-form dialog.region-sheet");
		sheet.locator("[data-region-column=province] [data-code='41']").tap();
		sheet.locator("[data-region-column=city] [data-code='4101']").tap();
		sheet.locator("[data-region-column=county] [data-code='410122']").tap();
		assertThat(sheet).isHidden();
		assertThat(page.locator("#customer-region")).hasText("河南省 郑州市 中牟县");
		screenshot(page, "phone-customer-journey-1-new");
		page.locator("#customer-form button[type=submit]").tap();
		page.waitForURL(Pattern.compile(".*/customers/\\d+.*"));
		assertThat(page.locator(".customer-head")).containsText(name);
		assertThat(page.locator(".customer-head")).containsText("郑州市");
	}

	private void logFollowUp(Page page, LocalDate next) {
		page.locator(".record-head [data-sheet-open]").tap();
		Locator sheet = page.locator("#follow-up-sheet");
		sheet.locator("label.chip", new Locator.LocatorOptions().setHasText("电话")).tap();
		sheet.locator("textarea[name=content]").fill("电话沟通环网柜项目，下周技术交流");
		sheet.locator("input[name=nextFollowUpOn]").fill(next.toString());
		screenshot(page, "phone-customer-journey-2-follow-up");
		sheet.locator("form.follow-up-form button[type=submit]").tap();
		assertThat(sheet).isHidden();
		assertThat(page.locator("#record-tab .timeline-entry").first()).containsText("下周技术交流");
		screenshot(page, "phone-customer-journey-3-timeline");
		page.reload();
		assertThat(page.locator(".customer-head")).containsText(next.toString());
	}

}
