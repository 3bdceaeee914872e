package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On a phone, {@code sales} writes a post for chosen people: finds 张伟 by his pinyin initials and
 * taps him, adds 刘洋 with the keyboard and takes him out again, and posts; {@code rd} reads it.
 * Screenshot {@code phone-feed-people-picker.png}.
 */
@HutongTest
@Tag("browser")
class FeedPeopleJourneyTests extends PhoneJourney {

	@Test
	void salesPostsForPeopleChosenWithThePicker() {
		String marker = "样机评审" + (System.currentTimeMillis() % 100_000);
		Page sales = signIn("sales");
		sales.navigate(url("/feed"));
		Locator composer = sales.locator(".feed-composer");
		composer.locator("textarea[name=body]").fill(marker);
		composer.locator(".feed-options summary").tap();
		Locator search = composer.locator("[data-people-search]");
		search.pressSequentially("zw");
		Locator zhang = composer.locator(".people-options [data-pick-id]", new Locator.LocatorOptions().setHasText("张伟"));
		zhang.tap();
		Locator chips = composer.locator(".picked-people .chip");
		assertThat(chips).hasCount(1);
		assertThat(search).isFocused();
		assertThat(composer.locator("input[name=audience][value=PEOPLE]")).isChecked();
		search.pressSequentially("liuy");
		composer.locator(".people-options [data-pick-id]", new Locator.LocatorOptions().setHasText("刘洋")).waitFor();
		search.press("Enter");
		assertThat(chips).hasCount(2);
		screenshot(sales, "phone-feed-people-picker");
		Assertions.assertThat((Boolean) sales.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		chips.filter(new Locator.FilterOptions().setHasText("刘洋")).locator("[data-unpick]").tap();
		assertThat(chips).hasCount(1);
		assertThat(chips.first().locator("input[name=userIds]")).hasCount(1);
		composer.locator("button[type=submit]").tap();
		assertThat(sales.locator("#feed-posts .feed-post", new Page.LocatorOptions().setHasText(marker)).first())
			.isVisible();

		Page rd = signIn("rd");
		rd.navigate(url("/feed"));
		assertThat(rd.locator("#feed-posts .feed-post", new Page.LocatorOptions().setHasText(marker)).first())
			.isVisible();
		Page finance = signIn("finance");
		finance.navigate(url("/feed"));
		assertThat(finance.locator("#feed-posts .feed-post", new Page.LocatorOptions().setHasText(marker)))
			.hasCount(0);
	}

}
