package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
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
 * 招投标 on a phone (375×812): 王芳 records a tender from her deal's page with its deadline, bond and a
 * lot, decides to bid on the checklist, and records 中标 — her deal is won with it. Screenshots
 * {@code phone-tenders-*.png}.
 */
@HutongTest
@Tag("browser")
class TenderJourneyTests extends PhoneJourney {

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
	void aTenderIsRecordedFromTheDealDecidedAndWonOnThePhone() {
		String customer = "许昌恒达电力工程有限公司" + ThreadLocalRandom.current().nextInt(1_000_000);
		new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("demo", "sales", customer);
		String title = "禹州配网改造设备招标 " + ThreadLocalRandom.current().nextInt(100_000);

		Page sales = signIn("sales");
		sales.navigate(url("/sales/opportunities/new"));
		sales.fill("#opportunity-form input[name=name]", "禹州配网改造");
		sales.fill("#opportunity-form input[name=_q]", customer);
		sales.locator("#customer-matches .choice-match", new Page.LocatorOptions().setHasText(customer)).tap();
		sales.fill("#opportunity-form input[name=amount]", "960000");
		sales.locator("#opportunity-form button[type=submit]").tap();
		sales.waitForURL(Pattern.compile(".*/sales/opportunities/\\d+$"));

		sales.locator("#tenders a[href*='/sales/tenders/new']").tap();
		sales.waitForURL(Pattern.compile(".*/sales/tenders/new\\?opportunity=\\d+"));
		sales.fill("#tender-form input[name=title]", title);
		sales.fill("#tender-form input[name=tenderer]", "禹州市供电公司");
		sales.fill("#tender-form input[name=bidDeadline]", "2027-03-01T09:30");
		sales.fill("#tender-form input[name=openingAt]", "2027-03-01T10:00");
		sales.fill("#tender-form input[name=bondAmount]", "20000");
		sales.fill("#tender-form input[name=bondPaidOn]", "2027-02-20");
		sales.fill("#tender-form input[name='lots[0].name']", "标包 1 环网柜");
		sales.fill("#tender-form input[name='lots[0].ourPrice']", "950000");
		screenshot(sales, "phone-tenders-1-new");
		sales.locator("#tender-form button[type=submit]").tap();
		sales.waitForURL(Pattern.compile(".*/sales/tenders/\\d+$"));
		assertThat(sales.locator(".alert-ok")).containsText("招投标已保存");
		assertThat(sales.locator("#dates")).containsText("2027-03-01 09:30");
		assertThat(sales.locator(".tender-head")).containsText("保证金未退 ¥20,000.00");

		sales.locator("#decision input[value=QUALIFICATION]").check();
		sales.locator("#decision input[value=TECHNICAL]").check();
		sales.locator("#decision button[value=GO]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("投标决策已保存");
		screenshot(sales, "phone-tenders-2-decided");

		sales.selectOption("#result-form select[name=result]", "WON");
		sales.fill("#result-form input[name=winningPrice]", "948000");
		sales.locator("#result-form button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("开标结果已记录");
		assertThat(sales.locator(".tender-head")).containsText("中标");
		assertThat(sales.locator("main h1").first()).isInViewport();
		screenshot(sales, "phone-tenders-3-won");

		sales.locator("main a[href*='/sales/opportunities/']").first().tap();
		sales.waitForURL(Pattern.compile(".*/sales/opportunities/\\d+$"));
		assertThat(sales.locator("main")).containsText("赢单");
		assertThat(sales.locator("#tenders")).containsText(title);
		screenshot(sales, "phone-tenders-4-deal-won");
	}
}
