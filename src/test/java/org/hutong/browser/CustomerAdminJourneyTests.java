package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's customer tools on a phone: the 级别 · 行业 · 来源 lists, merging a duplicate from
 * the customer's page, and the 回收站 that shows the merged customer. Screenshots
 * {@code phone-customer-admin-*.png} land next to the other phone screenshots.
 */
@HutongTest
@Tag("browser")
class CustomerAdminJourneyTests extends PhoneJourney {

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
	void theAdministratorEditsAListThenMergesADuplicateWhichGoesToTheRecycleBin() {
		Page page = signIn("admin");
		String label = "旅程级别" + (System.currentTimeMillis() % 100_000);
		page.navigate(url("/customers/options"));
		page.fill("#options-LEVEL form.option-add input[name=labelZh]", label);
		page.locator("#options-LEVEL form.option-add button[type=submit]").tap();
		assertThat(page.locator("main .alert-ok")).isVisible();
		assertThat(page.locator("#options-LEVEL .option-labels input[name=labelZh][value='" + label + "']")).hasCount(1);
		screenshot(page, "phone-customer-admin-1-options");

		CustomerFixtures fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		Customer survivor = fixtures.customer("sales");
		Customer duplicate = fixtures.customer("sales2");
		page.navigate(url("/customers/" + survivor.getId()));
		page.locator(".record-more summary").tap();
		page.locator("main a[href$='/merge']").tap();
		page.fill("main input[name=q]", duplicate.getName());
		page.locator("main form[method=get] button[type=submit]").tap();
		page.locator("main a", new Page.LocatorOptions().setHasText(duplicate.getName())).tap();
		assertThat(page.locator("main section.card")).containsText(duplicate.getName());
		screenshot(page, "phone-customer-admin-2-merge-preview");
		page.onDialog(Dialog::accept);
		page.locator("main form[method=post] button[type=submit]").tap();
		page.waitForURL(Pattern.compile(".*/customers/" + survivor.getId()));
		assertThat(page.locator("main .alert-ok")).isVisible();

		page.navigate(url("/customers/recycle-bin"));
		assertThat(page.locator("main")).containsText(duplicate.getName());
		screenshot(page, "phone-customer-admin-3-recycle-bin");
	}

}
