package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 商机 on a phone (375×812): 王芳 opens her deals from 工作台, creates one by typing a customer's name,
 * moves it a stage on from its page, then wins it; on the board she moves another deal with a
 * card's stage picker. Screenshots {@code phone-opportunities-*.png}.
 */
@HutongTest
@Tag("browser")
class OpportunityJourneyTests extends PhoneJourney {

	@Test
	void aRepCreatesADealMovesItAndWinsItOnHerPhone() {
		Page sales = signIn("sales");
		sales.locator(".quick-actions a[href='/sales/opportunities']").tap();
		sales.waitForURL(url("/sales/opportunities"));
		assertThat(sales.locator("main ul.opportunity-cards li").first()).isVisible();
		screenshot(sales, "phone-opportunities-1-list");

		String name = "旅程商机" + ThreadLocalRandom.current().nextInt(100_000);
		sales.locator("main .page-head a[href='/sales/opportunities/new']").tap();
		sales.waitForURL(url("/sales/opportunities/new"));
		sales.fill("#opportunity-form input[name=name]", name);
		sales.locator("#opportunity-form input[name=_q]").pressSequentially("电力");
		Locator match = sales.locator("#customer-matches .choice-match").first();
		assertThat(match).isVisible();
		match.tap();
		sales.fill("#opportunity-form input[name=amount]", "860000");
		sales.fill("#opportunity-form input[name=expectedClose]", "2027-03-31");
		screenshot(sales, "phone-opportunities-2-new");
		sales.locator("#opportunity-form button[type=submit]").tap();
		sales.waitForURL(Pattern.compile(".*/sales/opportunities/\\d+$"));
		assertThat(sales.locator(".alert-ok")).containsText("商机已保存");
		assertThat(sales.locator(".opportunity-head")).containsText("¥860,000.00");
		assertThat(sales.locator(".stage-bar li.current")).containsText("初步接洽");

		sales.locator(".stage-move select[name=stageId]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("需求确认 · 30%"));
		sales.locator(".stage-move button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("阶段已更新");
		assertThat(sales.locator(".stage-bar li.current")).containsText("需求确认");
		screenshot(sales, "phone-opportunities-3-moved");
		sales.locator(".stage-close button.win").tap();
		assertThat(sales.locator(".stage-bar li.current")).containsText("赢单");
		assertThat(sales.locator(".stage-history")).containsText("赢单（从「需求确认」）");
		screenshot(sales, "phone-opportunities-4-won");

		sales.navigate(url("/sales/opportunities/board"));
		Locator firstColumn = sales.locator(".board-column").first();
		Locator card = firstColumn.locator(".board-card").first();
		assertThat(card).isVisible();
		String moved = card.locator(".primary").textContent();
		card.locator("select[name=stageId]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		card.locator("button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("阶段已更新");
		assertThat(sales.locator(".board-column").nth(1)).containsText(moved);
		screenshot(sales, "phone-opportunities-5-board");
	}
}
