package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 报价 on a phone (375×812): 王芳 quotes ten 中置柜 at 15 % off, beyond her 10 % limit, and asks for
 * the discount's approval; 李明 approves from his inbox; she sends the quote, its PDF downloads, and
 * the customer accepts. Screenshots {@code phone-quotes-*.png}.
 */
@HutongTest
@Tag("browser")
class QuoteJourneyTests extends PhoneJourney {

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
	void aDeepDiscountIsApprovedOnThePhoneThenTheQuoteGoesOutAndIsAccepted() {
		String customer = "许昌恒达配电设备有限公司" + ThreadLocalRandom.current().nextInt(1_000_000);
		new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("demo", "sales", customer);
		String title = "配电房改造报价 " + ThreadLocalRandom.current().nextInt(100_000);

		Page sales = signIn("sales");
		sales.navigate(url("/sales/quotes/new"));
		sales.fill("#quote-form input[name=title]", title);
		sales.fill("#quote-form input[name=_q]", customer);
		sales.locator("#customer-matches .choice-match", new Page.LocatorOptions().setHasText(customer)).tap();
		Locator product = sales.locator("#quote-form select[name='lines[0].productId'] option",
				new Page.LocatorOptions().setHasText("KYN28A-12-1250"));
		sales.selectOption("#quote-form select[name='lines[0].productId']", product.getAttribute("value"));
		sales.fill("#quote-form input[name='lines[0].quantity']", "10");
		sales.fill("#quote-form input[name='lines[0].discount']", "15");
		screenshot(sales, "phone-quotes-1-new");
		sales.locator("#quote-form button[type=submit]").tap();
		sales.waitForURL(Pattern.compile(".*/sales/quotes/\\d+$"));
		String quoteUrl = sales.url();
		assertThat(sales.locator(".alert-ok")).containsText("报价单已保存");
		// 10 × 68 000 × 0.85 = 578 000, with 13 % tax 653 140
		assertThat(sales.locator("main")).containsText("653,140.00");
		assertThat(sales.locator("main")).containsText("超出您的折扣权限");
		sales.locator("form[action$='/approval'] button").tap();
		assertThat(sales.locator("main")).containsText("审批中");
		screenshot(sales, "phone-quotes-2-asked");

		Page manager = signIn("manager");
		manager.navigate(url("/approvals?flow=quoteDiscount"));
		Locator item = manager.locator(".approval-item", new Page.LocatorOptions().setHasText(title));
		assertThat(item).isVisible();
		screenshot(manager, "phone-quotes-3-inbox");
		item.locator(".approval-quick button").tap();
		assertThat(manager.locator(".approval-acted")).containsText("已同意");

		// the approval reaches the quote after its commit, by event
		Locator approved = sales.locator("main", new Page.LocatorOptions().setHasText("折扣已批准"));
		for (int tries = 0; tries < 20 && approved.count() == 0; tries++) {
			sales.waitForTimeout(250);
			sales.navigate(quoteUrl);
		}
		assertThat(approved).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
		sales.locator("form[action$='/send'] button").tap();
		assertThat(sales.locator(".alert-ok")).containsText("已发送");
		screenshot(sales, "phone-quotes-4-sent");
		String pdfHref = sales.locator("a[href$='/pdf']").getAttribute("href");
		APIResponse pdf = sales.request().get(url(pdfHref));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		sales.locator("form[action$='/accept'] button").tap();
		assertThat(sales.locator(".alert-ok")).containsText("客户接受");
		assertThat(sales.locator("main")).containsText("已接受");
		assertThat(sales.locator("main h1").first()).isInViewport();
		screenshot(sales, "phone-quotes-5-accepted");
	}
}
