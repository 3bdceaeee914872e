package org.hutong.customers.followup;

import org.hutong.browser.PhoneJourney;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.files.TestImages;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a 375 px phone: {@code sales} opens a customer, logs a visit with a photo and a next date, and
 * sees it on the timeline and in the header. Screenshots land in {@code <build dir>/screenshots/}.
 */
@HutongTest
@Tag("browser")
class FollowUpJourneyTests extends PhoneJourney {

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
	void salesLogsAVisitWithAPhotoAndANextDateOnAPhone() {
		Customer customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("sales");
		LocalDate next = LocalDate.now(EnterpriseZone.DEFAULT).plusDays(7);
		Page page = signIn("sales");
		page.navigate(url("/customers/" + customer.getId()));
		// 写跟进 opens the form as a bottom sheet over the customer's page
		page.locator(".record-head [data-sheet-open]").tap();
		Locator sheet = page.locator("#follow-up-sheet");
		assertThat(sheet.locator("form.follow-up-form")).isVisible();
		sheet.locator("label.chip", new Locator.LocatorOptions().setHasText("拜访")).tap();
		sheet.locator("textarea[name=content]").fill("现场拜访，客户关心交货期\n下周报价");
		sheet.locator("input[name=nextFollowUpOn]").fill(next.toString());
		sheet.locator("input[type=file]").setInputFiles(new FilePayload("现场.png", "image/png", TestImages.png()));
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-follow-up-form-zh")));
		sheet.locator("form.follow-up-form button[type=submit]").tap();
		// saved: the sheet closes and the new entry is the first of the timeline, on screen
		assertThat(sheet).isHidden();
		Locator first = page.locator("#record-tab .timeline-entry").first();
		assertThat(first).containsText("下周报价");
		assertThat(first).containsText("拜访");
		assertThat(first).isInViewport();
		assertThat(first.locator(".attachments img")).hasCount(1);

		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-follow-up-timeline-zh")));
		page.reload();
		assertThat(page.locator(".customer-head")).containsText(next.toString());
	}

}
