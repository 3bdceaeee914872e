package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 预算科目 on a phone (375×812): admin follows the link from 项目设置, adds a funder's set and a category
 * to it, and is refused a duplicate by the field; nothing is wider than the phone. Screenshots
 * {@code phone-budget-categories-*.png}.
 */
@HutongTest
@Tag("browser")
class BudgetCategoryJourneyTests extends PhoneJourney {

	@Test
	void adminAddsAFundersSetAndItsCategoriesFromThePhone() {
		Page admin = signIn("admin");
		admin.navigate(url("/projects/settings"));
		admin.locator("a[href$='/projects/budget-categories']").tap();
		admin.waitForURL(Pattern.compile(".*/projects/budget-categories$"));
		Assertions.assertThat((Boolean) admin.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		admin.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-budget-categories-1-page")));

		String name = "省重点研发" + ThreadLocalRandom.current().nextInt(100_000);
		Locator newSet = admin.locator("#new-set");
		newSet.scrollIntoViewIfNeeded();
		newSet.locator("input[name=name]").fill(name);
		newSet.locator("input[name=labour]").fill("劳务费");
		newSet.locator("button[type=submit]").tap();
		Locator set = admin.locator("section.category-set", new Page.LocatorOptions().setHasText(name));
		assertThat(set).containsText("劳务费");
		set.locator(".category-add input[name=name]").fill("设备费");
		set.locator(".category-add button[type=submit]").tap();
		set = admin.locator("section.category-set", new Page.LocatorOptions().setHasText(name));
		assertThat(set.locator(".category-row")).hasCount(2);
		set.locator(".category-add input[name=name]").fill("设备费");
		set.locator(".category-add button[type=submit]").tap();
		Locator error = admin.locator("section.category-set", new Page.LocatorOptions().setHasText(name))
			.locator(".category-add .field-error");
		assertThat(error).containsText("已有“设备费”");
		Assertions.assertThat((Boolean) admin.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		error.scrollIntoViewIfNeeded();
		admin.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-budget-categories-2-refused")));
		admin.locator("section.category-set").first().scrollIntoViewIfNeeded();
		admin.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-budget-categories-3-default")));
	}
}
