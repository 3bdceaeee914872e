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
 * 产品 on a phone (375×812): 王芳 opens the catalogue from 工作台, finds the 环网柜 by typing and opens
 * one; 李明, who keeps the catalogue, adds a product with two technical parameters and finds it.
 * Screenshots {@code phone-products-*.png}.
 */
@HutongTest
@Tag("browser")
class ProductJourneyTests extends PhoneJourney {

	@Test
	void aRepFindsAProductByTypingAndTheKeeperAddsOne() {
		Page sales = signIn("sales");
		sales.locator(".quick-actions a[href='/sales/products']").tap();
		sales.waitForURL(url("/sales/products"));
		assertThat(sales.locator("main ul.product-cards")).containsText("KYN28A-12");
		sales.locator("main .list-search input[type=search]").fill("环网");
		sales.waitForURL(Pattern.compile(".*/sales/products\\?q=.*"));
		// other tests may add 环网柜 of their own; the 开关柜 outside the keyword must be gone
		assertThat(sales.locator("main ul.product-cards")).not().containsText("KYN28A-12");
		assertThat(sales.locator("main ul.product-cards")).containsText("XGN15-12");
		assertThat(sales.locator("main ul.product-cards")).containsText("SRM-12");
		screenshot(sales, "phone-products-1-search");
		sales.locator("main ul.product-cards a", new Page.LocatorOptions().setHasText("XGN15-12")).tap();
		sales.waitForURL(Pattern.compile(".*/sales/products/\\d+$"));
		assertThat(sales.locator(".product-head")).containsText("¥32,000.00");
		assertThat(sales.locator(".product-parameters")).containsText("额定电压");
		assertThat(sales.locator(".product-head .button.primary")).hasCount(0);
		screenshot(sales, "phone-products-2-record");

		String code = "ZW20-" + ThreadLocalRandom.current().nextInt(100_000);
		Page manager = signIn("manager");
		manager.navigate(url("/sales/products/new"));
		manager.fill("#product-form input[name=code]", code);
		manager.fill("#product-form input[name=name]", "ZW20-12 户外分界真空断路器");
		manager.selectOption("#product-form select[name=unit]", "台");
		manager.fill("#product-form input[name=listPrice]", "19800");
		manager.fill("#product-form input[name='parameters[0].name']", "额定电压");
		manager.fill("#product-form input[name='parameters[0].value']", "12 kV");
		manager.fill("#product-form input[name='parameters[1].name']", "额定电流");
		manager.fill("#product-form input[name='parameters[1].value']", "630 A");
		screenshot(manager, "phone-products-3-new");
		manager.locator("#product-form button[type=submit]").tap();
		manager.waitForURL(Pattern.compile(".*/sales/products/\\d+$"));
		assertThat(manager.locator(".alert-ok")).containsText("产品已保存");
		assertThat(manager.locator(".product-head")).containsText(code);
		assertThat(manager.locator(".product-head")).containsText("含税 ¥22,374.00");
		assertThat(manager.locator(".product-parameters")).containsText("630 A");
		assertThat(manager.locator(".record-head h1, .product-head h1").first()).isInViewport();
		screenshot(manager, "phone-products-4-saved");

		// a price list for the first customer level, with the new product's price
		manager.navigate(url("/sales/products"));
		manager.locator("main [data-more-toggle]").tap();
		manager.locator("main .page-more-menu a[href='/sales/price-lists']").tap();
		manager.waitForURL(url("/sales/price-lists"));
		manager.navigate(url("/sales/price-lists/new"));
		manager.fill("#price-list-form input[name=name]", "旅程价格表 " + code);
		manager.locator("#price-list-form input[name=levels]").first().check();
		manager.locator("#price-list-form button[type=submit]").tap();
		manager.waitForURL(Pattern.compile(".*/sales/price-lists/\\d+$"));
		manager.fill("#prices input[name=code]", code);
		manager.fill("#prices input[name=price]", "18800");
		manager.locator("#prices button[type=submit]").tap();
		assertThat(manager.locator("#prices .plain-list")).containsText("¥18,800.00 / 台");
		assertThat(manager.locator("#prices .plain-list")).containsText("标准价 ¥19,800.00");
		screenshot(manager, "phone-products-5-price-list");

		// 销售流程: the director sets a stage's win probability on the phone
		manager.navigate(url("/sales/pipelines"));
		Locator firstStage = manager.locator(".pipeline").first().locator(".stage-form").first();
		firstStage.locator("input[name=probability]").fill("15");
		firstStage.locator("button[type=submit]").tap();
		assertThat(manager.locator(".alert-ok")).containsText("销售流程已保存");
		assertThat(manager.locator(".pipeline").first().locator(".stage-form input[name=probability]").first()).hasValue("15");
		screenshot(manager, "phone-products-6-pipelines");
	}
}
