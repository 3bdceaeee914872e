package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
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
 * 新建合同 on a phone (375×812): 王芳 starts a contract from the contract list without a quote, finds
 * her customer by name, picks a cabinet from the catalogue (its unit and tax rate come along), adds a
 * second row for the installation, and saves; the draft's page shows both lines and the amount; she
 * then changes the cabinets' quantity on the line editor and the amount follows. Screenshots
 * {@code phone-contracts-new-*.png}.
 */
@HutongTest
@Tag("browser")
class NewContractJourneyTests extends PhoneJourney {

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
	void aContractIsMadeNewWithTwoLinesAndItsLinesChangeWhileADraft() {
		String customer = "平顶山鑫源电气有限公司" + ThreadLocalRandom.current().nextInt(1_000_000);
		new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("demo", "sales", customer);

		Page sales = signIn("sales");
		sales.navigate(url("/sales/contracts"));
		sales.locator("a[href$='/sales/contracts/new']").tap();
		sales.waitForURL(Pattern.compile(".*/sales/contracts/new$"));
		sales.fill("#new-contract-form input[name=_q]", customer);
		sales.locator("#customer-matches .choice-match", new Page.LocatorOptions().setHasText(customer)).tap();
		assertThat(sales.locator("#deal-choice")).containsText("商机");

		Locator product = sales.locator("#new-contract-form select[name='lines[0].productId'] option",
				new Page.LocatorOptions().setHasText("KYN28A-12-1250"));
		sales.selectOption("#new-contract-form select[name='lines[0].productId']", product.getAttribute("value"));
		// the rows come back with the product's unit and tax rate filled in
		assertThat(sales.locator("#new-contract-form input[name='lines[0].unit']")).hasValue("面");
		assertThat(sales.locator("#new-contract-form input[name='lines[0].taxRate']")).hasValue(Pattern.compile("^13"));
		sales.fill("#new-contract-form input[name='lines[0].quantity']", "2");
		sales.locator("#new-contract-form button[name=_add]").tap();
		assertThat(sales.locator("#new-contract-form input[name='lines[0].quantity']")).hasValue("2");
		Locator second = sales.locator("#line-rows .quote-line").nth(1);
		second.locator("summary").tap();
		sales.fill("#new-contract-form input[name='lines[1].name']", "安装调试");
		sales.fill("#new-contract-form input[name='lines[1].unit']", "项");
		sales.fill("#new-contract-form input[name='lines[1].taxRate']", "6");
		sales.fill("#new-contract-form input[name='lines[1].quantity']", "1");
		sales.fill("#new-contract-form input[name='lines[1].unitPrice']", "3333.33");
		screenshot(sales, "phone-contracts-new-1-form");
		sales.locator("#new-contract-form .form-actions button[type=submit]").tap();

		sales.waitForURL(Pattern.compile(".*/sales/contracts/\\d+/edit$"));
		assertThat(sales.locator(".alert-ok")).containsText("合同草稿已生成");
		String contractUrl = sales.url().replaceAll("/edit$", "");
		sales.navigate(contractUrl);
		assertThat(sales.locator("#lines")).containsText("安装调试");
		assertThat(sales.locator("#lines")).containsText("KYN28A");
		assertThat(sales.locator("#lines .contract-lines li")).hasCount(2);
		sales.locator("#lines").scrollIntoViewIfNeeded();
		screenshot(sales, "phone-contracts-new-2-draft");

		String before = sales.locator(".contract-amount").textContent();
		sales.locator("#lines a[href$='/lines']").tap();
		sales.fill("#lines-form input[name='lines[0].quantity']", "3");
		screenshot(sales, "phone-contracts-new-3-lines");
		sales.locator("#lines-form .form-actions button[type=submit]").tap();
		assertThat(sales.locator(".alert-ok")).containsText("合同明细已保存");
		assertThat(sales.locator(".contract-amount")).not().hasText(before);
	}
}
