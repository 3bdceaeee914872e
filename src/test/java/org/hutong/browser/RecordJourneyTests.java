package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
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
 * A record page on a 375×812 phone: the header card and its actions fill the first screen, the tabs
 * live in the address (reload and back keep the open one), "更多" holds delete, and 写跟进 opens a
 * bottom sheet whose saved entry shows at the top of the 时间线. Screenshots {@code phone-record-*.png}.
 */
@HutongTest
@Tag("browser")
class RecordJourneyTests extends PhoneJourney {

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
	void theTabIsInTheAddressAndSurvivesReloadAndBack() {
		CustomerFixtures fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		Customer customer = fixtures.customer("sales");
		fixtures.contact(customer, CustomerFixtures.uniqueMobile());
		Page page = signIn("sales");
		String base = url("/customers/" + customer.getId());
		page.navigate(base);
		// the first screen: the header with the primary action, and the tabs
		assertThat(page.locator(".record-head h1")).hasText(customer.getName());
		assertThat(page.locator(".record-head [data-sheet-open]")).isInViewport();
		assertThat(page.locator(".record-tabs")).isInViewport();
		assertThat(page.locator(".record-tabs a.active")).hasText("时间线");
		assertThat(page.locator("#record-tab .record-timeline")).isVisible();
		screenshot(page, "phone-record-1-first-screen");

		page.locator(".record-tabs a[data-tab=contacts]").tap();
		page.waitForURL(base + "?tab=contacts");
		assertThat(page.locator("#record-tab .contact-list")).isVisible();
		assertThat(page.locator(".record-tabs a.active")).hasText("联系人");
		screenshot(page, "phone-record-2-contacts");

		page.reload();
		assertThat(page.locator(".record-tabs a.active")).hasText("联系人");
		assertThat(page.locator("#record-tab .contact-list")).isVisible();

		page.locator(".record-tabs a[data-tab=details]").tap();
		page.waitForURL(base + "?tab=details");
		assertThat(page.locator("#record-tab #details")).isVisible();
		page.locator("nav.tabbar a[href='/feed']").tap();
		page.waitForURL(url("/feed"));
		page.goBack();
		page.waitForURL(base + "?tab=details");
		assertThat(page.locator(".record-tabs a.active")).hasText("详情");
		assertThat(page.locator("#record-tab #details")).isVisible();
	}

	@Test
	void destructiveActionsWaitInTheMoreMenuAndAFollowUpIsWrittenInASheet() {
		Customer customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts)
			.customer("sales");
		Page page = signIn("sales");
		page.navigate(url("/customers/" + customer.getId()));
		Locator delete = page.locator(".record-head button", new Page.LocatorOptions().setHasText("删除"));
		assertThat(delete).isHidden();
		page.locator(".record-more summary").tap();
		assertThat(delete).isVisible();
		screenshot(page, "phone-record-3-more");
		// a dismissed confirmation deletes nothing
		page.onceDialog(dialog -> dialog.dismiss());
		delete.tap();
		assertThat(page).hasURL(Pattern.compile(".*/customers/" + customer.getId()));
		page.locator(".record-head h1").tap();
		assertThat(delete).isHidden();

		page.locator(".record-head [data-sheet-open]").tap();
		Locator sheet = page.locator("#follow-up-sheet");
		assertThat(sheet.locator("textarea[name=content]")).isVisible();
		// an empty form is not sent: the sheet stays open
		sheet.locator("form.follow-up-form button[type=submit]").tap();
		assertThat(sheet).isVisible();
		sheet.locator("label.chip", new Locator.LocatorOptions().setHasText("微信")).tap();
		sheet.locator("textarea[name=content]").fill("微信发了报价单，等回复");
		screenshot(page, "phone-record-4-sheet");
		sheet.locator("form.follow-up-form button[type=submit]").tap();
		assertThat(sheet).isHidden();
		Locator first = page.locator("#record-tab .timeline-entry").first();
		assertThat(first).containsText("微信发了报价单");
		assertThat(first).isInViewport();
		assertThat(page.locator(".record-tabs a.active")).hasText("时间线");
		screenshot(page, "phone-record-5-saved");
		// filtering by kind keeps the filter in the address
		page.locator(".timeline-kinds a", new Page.LocatorOptions().setHasText("修改")).tap();
		page.waitForURL(Pattern.compile(".*tab=timeline&kind=change"));
		assertThat(page.locator("#record-tab .timeline-entry.kind-followup")).hasCount(0);
	}
}
