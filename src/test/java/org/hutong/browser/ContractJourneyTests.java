package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

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
 * 合同 on a phone (375×812): 王芳's customer accepts her quote; she turns it into a contract, enters
 * the signing details, picks the 30/60/10 terms and submits it; 李明 approves from his inbox; the
 * contract is in effect, its first screen showing the amount, what is collected and outstanding, and
 * the next payment due; she ships everything, records its arrival and the final acceptance, and the
 * 到货款 and the 质保金 get their due dates; finance records the 预付款 paid by 承兑汇票 and confirms it,
 * and the contract's first screen shows it collected. Screenshots {@code phone-contracts-*.png}.
 */
@HutongTest
@Tag("browser")
class ContractJourneyTests extends PhoneJourney {

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
	void anAcceptedQuoteBecomesAContractThatTakesEffectOnceApproved() {
		String customer = "许昌瑞祥电力设备有限公司" + ThreadLocalRandom.current().nextInt(1_000_000);
		new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("demo", "sales", customer);
		String title = "箱变采购 " + ThreadLocalRandom.current().nextInt(100_000);

		Page sales = signIn("sales");
		acceptedQuote(sales, customer, title);
		sales.locator("form[action*='/sales/contracts/from-quote/'] button").tap();
		sales.waitForURL(Pattern.compile(".*/sales/contracts/\\d+/edit$"));
		assertThat(sales.locator(".alert-ok")).containsText("合同草稿已生成");
		sales.fill("#contract-form input[name=signedOn]", "2026-12-01");
		sales.fill("#contract-form input[name=ourSignatory]", "王芳");
		sales.fill("#contract-form input[name=customerSignatory]", "刘工");
		sales.fill("#contract-form input[name=warrantyMonths]", "12");
		screenshot(sales, "phone-contracts-1-form");
		sales.locator("#contract-form button[type=submit]").tap();
		sales.waitForURL(Pattern.compile(".*/sales/contracts/\\d+$"));
		String contractUrl = sales.url();
		assertThat(sales.locator("main")).containsText("尚未设置回款条款");

		sales.locator("a[href$='/terms']").tap();
		sales.locator("a.chip", new Page.LocatorOptions().setHasText("30/60/10")).tap();
		assertThat(sales.locator("#terms-form input[name='terms[0].name']")).hasValue("预付款");
		screenshot(sales, "phone-contracts-2-terms");
		sales.locator("#terms-form button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("回款条款已保存");
		// 预付款: signing + 7 days
		assertThat(sales.locator("#terms")).containsText("2026-12-08");
		assertThat(sales.locator("#terms")).containsText("等待触发事件");
		sales.locator("form[action$='/submit'] button").tap();
		assertThat(sales.locator(".alert-ok")).containsText("已提交审批");
		assertThat(sales.locator("main")).containsText("审批中");

		Page manager = signIn("manager");
		manager.navigate(url("/approvals?flow=contract"));
		Locator item = manager.locator(".approval-item", new Page.LocatorOptions().setHasText(title));
		assertThat(item).isVisible();
		screenshot(manager, "phone-contracts-3-inbox");
		item.locator(".approval-quick button").tap();
		assertThat(manager.locator(".approval-acted")).containsText("已同意");

		// the approval reaches the contract after its commit, by event
		Locator effective = sales.locator(".badge.contract-EFFECTIVE");
		for (int tries = 0; tries < 20 && effective.count() == 0; tries++) {
			sales.waitForTimeout(250);
			sales.navigate(contractUrl);
		}
		assertThat(effective).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
		assertThat(sales.locator("#collected-bar")).isInViewport();
		assertThat(sales.locator("main")).containsText("未回款");
		assertThat(sales.locator("main")).containsText("预付款");
		screenshot(sales, "phone-contracts-4-effective");

		// everything ships today, arrives today and is finally accepted today
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		sales.locator("a[href$='/deliveries/new']").tap();
		sales.fill("#delivery-form input[name=carrier]", "德邦物流");
		sales.fill("#delivery-form input[name=waybill]", "DB20261207");
		screenshot(sales, "phone-contracts-5-delivery");
		sales.locator("#delivery-form button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("发货单已保存");
		Locator arrival = sales.locator(".arrival-form").first();
		arrival.locator("input[name=arrivedOn]").fill(today);
		arrival.locator("button").tap();
		assertThat(sales.locator(".alert-ok")).containsText("到货已登记");
		assertThat(sales.locator("#terms")).containsText(java.time.LocalDate.parse(today).plusDays(30).toString());
		sales.locator(".acceptance-new summary").tap();
		sales.selectOption("#acceptance-form select[name=kind]", "FINAL");
		sales.fill("#acceptance-form input[name=acceptedOn]", today);
		sales.fill("#acceptance-form input[name=acceptedBy]", "刘工");
		sales.locator("#acceptance-form button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("验收已登记");
		// the 质保金 falls due when the 12-month warranty from final acceptance ends
		assertThat(sales.locator("#terms")).containsText(java.time.LocalDate.parse(today).plusMonths(12).toString());
		assertThat(sales.locator("#fulfilment")).containsText("终验");
		sales.locator("#terms").scrollIntoViewIfNeeded();
		screenshot(sales, "phone-contracts-6-accepted");
		// the 质保金 record follows the acceptance: its warranty and the day it is released
		String released = java.time.LocalDate.parse(today).plusMonths(12).toString();
		for (int tries = 0; tries < 10 && !sales.locator("#retentions .retention-release").textContent().contains(released); tries++) {
			sales.waitForTimeout(500);
			sales.reload();
			sales.locator("#retentions .retention").waitFor();
		}
		assertThat(sales.locator("#retentions .retention-release")).containsText(released);
		assertThat(sales.locator("#retentions")).containsText("未到期");
		sales.locator("#retentions").scrollIntoViewIfNeeded();
		screenshot(sales, "phone-contracts-6b-retention");
		// she asks finance for an invoice of the 预付款: the buyer's tax number is checked as a credit code
		sales.locator(".invoice-new summary").tap();
		String taxNumber = "91411000MA3X5K8L2" + org.hutong.shared.CreditCode.checkCharacter("91411000MA3X5K8L2");
		sales.fill("#invoice-form input[name=buyerTaxNumber]", taxNumber);
		sales.fill("#invoice-form input[name=amount]", "46104.00");
		sales.locator("#invoice-form button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("开票申请已提交");

		// finance receives a 承兑汇票 for part of it and confirms it
		Page finance = signIn("finance");
		finance.navigate(contractUrl);
		finance.locator(".receipt-new summary").tap();
		finance.fill("#receipt-form input[name=receivedOn]", today);
		finance.fill("#receipt-form input[name=amount]", "46104.00");
		finance.selectOption("#receipt-form select[name=method]", "DRAFT");
		finance.fill("#receipt-form input[name=draftNumber]", "1304 5000 0001 2026");
		finance.fill("#receipt-form input[name=draftBank]", "中国工商银行许昌分行");
		finance.fill("#receipt-form input[name=draftIssuedOn]", today);
		finance.fill("#receipt-form input[name=draftMaturesOn]", java.time.LocalDate.parse(today).plusMonths(6).toString());
		screenshot(finance, "phone-contracts-7-receipt");
		finance.locator("#receipt-form button[type=submit]").tap();
		assertThat(finance.locator(".alert-ok")).containsText("等待财务确认");
		finance.locator(".receipt-decision form[action$='/confirm'] button").tap();
		assertThat(finance.locator(".alert-ok")).containsText("回款已确认");
		assertThat(finance.locator(".contract-money")).containsText("46,104.00");
		// the 预付款 is settled: the next payment due is the 到货款
		assertThat(finance.locator(".contract-money")).containsText("到货款");
		assertThat(finance.locator("#terms")).containsText("已收清");
		assertThat(finance.locator("#receipts")).containsText("承兑汇票");
		// and records the invoice issued for it: the first screen shows it invoiced
		finance.locator(".invoice-decision summary").tap();
		finance.fill(".invoice-decision input[name=invoiceNumber]", "04412026");
		finance.locator(".invoice-decision button[type=submit]").first().tap();
		assertThat(finance.locator(".alert-ok")).containsText("开票已登记");
		assertThat(finance.locator("#invoices")).containsText("04412026");
		assertThat(finance.locator(".contract-money")).containsText("46,104.00");
		screenshot(finance, "phone-contracts-8-collected");

		// the customer adds a cabinet: sales proposes a 补充协议 on her phone, the terms carried over
		sales.navigate(contractUrl + "/amendments/new");
		assertThat(sales.locator("#amendment-form input[name='terms[0].name']")).hasValue("预付款");
		sales.fill("#amendment-form input[name=reason]", "客户追加一面中置柜");
		sales.fill("#amendment-form input[name=signedOn]", today);
		sales.fill("#amendment-form input[name=total]", "160000.00");
		screenshot(sales, "phone-contracts-9-amendment");
		sales.locator("#amendment-form button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("补充协议已提交审批");
		sales.locator("#amendments .amendment-amounts").scrollIntoViewIfNeeded();
		assertThat(sales.locator("#amendments .amendment-amounts")).containsText("→");
		assertThat(sales.locator("#amendments .amendment-amounts")).containsText("160,000.00");
		assertThat(sales.locator("#amendments")).containsText("审批中");
		screenshot(sales, "phone-contracts-9b-amendment-proposed");
	}

	/** A quote of two 中置柜 for the customer, sent and accepted on the phone; the quote's page stays open. */
	private void acceptedQuote(Page sales, String customer, String title) {
		sales.navigate(url("/sales/quotes/new"));
		sales.fill("#quote-form input[name=title]", title);
		sales.fill("#quote-form input[name=_q]", customer);
		sales.locator("#customer-matches .choice-match", new Page.LocatorOptions().setHasText(customer)).tap();
		Locator product = sales.locator("#quote-form select[name='lines[0].productId'] option",
				new Page.LocatorOptions().setHasText("KYN28A-12-1250"));
		sales.selectOption("#quote-form select[name='lines[0].productId']", product.getAttribute("value"));
		sales.fill("#quote-form input[name='lines[0].quantity']", "2");
		sales.locator("#quote-form button[type=submit]").tap();
		sales.waitForURL(Pattern.compile(".*/sales/quotes/\\d+$"));
		sales.locator("form[action$='/send'] button").tap();
		assertThat(sales.locator(".alert-ok")).containsText("已发送");
		sales.locator("form[action$='/accept'] button").tap();
		assertThat(sales.locator("main")).containsText("已接受");
	}
}
