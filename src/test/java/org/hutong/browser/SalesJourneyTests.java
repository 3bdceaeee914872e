package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.SelectOption;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole sale on phones (375×812): 王芳 opens a deal for her customer with two products, moves it
 * to 方案报价, quotes it from the deal at 15 % off, which goes to 李明; he approves on his phone; she
 * sends the quote, downloads its PDF, marks it accepted and wins the deal; 李明 sees it on the team's
 * board and in the quarter's forecast. Screenshots {@code phone-sale-*.png}.
 */
@HutongTest
@Tag("browser")
class SalesJourneyTests extends PhoneJourney {

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

	@Test
	void aDealIsQuotedApprovedAcceptedAndWonOnThePhone() {
		Customer customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts)
			.customer("demo", "sales", "许昌恒达输变电设备有限公司" + ThreadLocalRandom.current().nextInt(1_000_000));
		String deal = "110 kV 变电站配套 " + ThreadLocalRandom.current().nextInt(100_000);
		LocalDate close = LocalDate.now(EnterpriseZone.DEFAULT).plusDays(10);

		Page sales = signIn("sales");
		sales.navigate(url("/sales/opportunities/new?customer=" + customer.getId()));
		sales.fill("#opportunity-form input[name=name]", deal);
		product(sales, "#opportunity-form select[name='lines[0].productId']", "KYN28A-12-1250");
		sales.fill("#opportunity-form input[name='lines[0].quantity']", "2");
		product(sales, "#opportunity-form select[name='lines[1].productId']", "XGN15-12");
		sales.fill("#opportunity-form input[name='lines[1].quantity']", "3");
		sales.fill("#opportunity-form input[name=expectedClose]", close.toString());
		sales.locator("#opportunity-form button[type=submit]").tap();
		sales.waitForURL(Pattern.compile(".*/sales/opportunities/\\d+$"));
		String dealUrl = sales.url();
		// 2 × 68 000 + 3 × 32 000
		assertThat(sales.locator(".opportunity-head")).containsText("¥232,000.00");
		sales.locator(".stage-move select[name=stageId]").selectOption(new SelectOption().setLabel("方案报价 · 50%"));
		sales.locator(".stage-move button[type=submit]").tap();
		assertThat(sales.locator(".stage-bar li.current")).containsText("方案报价");
		screenshot(sales, "phone-sale-1-deal");

		sales.locator("#quotes a[href*='/sales/quotes/new?opportunity=']").tap();
		sales.waitForURL(Pattern.compile(".*/sales/quotes/new\\?opportunity=\\d+"));
		sales.fill("#quote-form input[name=title]", deal + " 报价");
		sales.fill("#quote-form input[name=headerDiscount]", "15");
		sales.locator("#quote-form button[type=submit]").tap();
		sales.waitForURL(Pattern.compile(".*/sales/quotes/\\d+$"));
		String quoteUrl = sales.url();
		// 232 000 × 0.85 = 197 200, with 13 % tax 222 836
		assertThat(sales.locator("main")).containsText("222,836.00");
		sales.locator("form[action$='/approval'] button").tap();
		assertThat(sales.locator("main")).containsText("审批中");
		screenshot(sales, "phone-sale-2-quote");

		Page manager = signIn("manager");
		manager.navigate(url("/approvals?flow=quoteDiscount"));
		Locator item = manager.locator(".approval-item", new Page.LocatorOptions().setHasText(deal));
		item.locator(".approval-quick button").tap();
		assertThat(manager.locator(".approval-acted")).containsText("已同意");
		screenshot(manager, "phone-sale-3-approved");

		Locator approved = sales.locator("main", new Page.LocatorOptions().setHasText("折扣已批准"));
		for (int tries = 0; tries < 20 && approved.count() == 0; tries++) {
			sales.waitForTimeout(250);
			sales.navigate(quoteUrl);
		}
		assertThat(approved).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
		sales.locator("form[action$='/send'] button").tap();
		assertThat(sales.locator(".alert-ok")).containsText("已发送");
		var pdf = sales.request().get(url(sales.locator("a[href$='/pdf']").getAttribute("href")));
		org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		sales.locator("form[action$='/accept'] button").tap();
		assertThat(sales.locator("main")).containsText("已接受");

		sales.navigate(dealUrl);
		sales.locator(".stage-close button.win").tap();
		assertThat(sales.locator(".stage-bar li.current")).containsText("赢单");
		assertThat(sales.locator("#quotes")).containsText("已接受");
		screenshot(sales, "phone-sale-4-won");

		manager.navigate(url("/sales/opportunities/board?scope=TEAM"));
		assertThat(manager.locator(".board-column.final-WON")).containsText(deal);
		manager.navigate(url("/sales/forecast"));
		assertThat(manager.locator("main")).containsText("王芳");
		screenshot(manager, "phone-sale-5-forecast");
	}

	private static void product(Page page, String select, String code) {
		String value = page.locator(select + " option", new Page.LocatorOptions().setHasText(code)).first().getAttribute("value");
		page.selectOption(select, value);
	}
}
