package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared list pattern on a 375×812 phone: the first screen holds the search and the first
 * records, the list searches as the user types and keeps the query in the address (reload keeps
 * it), the 筛选 sheet counts its filters, offers date presets and resets. Screenshots
 * {@code phone-list-*.png}.
 */
@HutongTest
@Tag("browser")
class ListJourneyTests extends PhoneJourney {

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
	void aManagerSearchesTheTeamAsTheyTypeAndNarrowsItInTheFilterSheet() {
		CustomerFixtures fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		String token = CustomerFixtures.uniqueName().substring(0, 4);
		String east = fixtures.customer("demo", "sales2", token + CustomerFixtures.uniqueName()).getName();
		String central = fixtures.customer("demo", "sales", token + CustomerFixtures.uniqueName()).getName();

		Page page = signIn("manager");
		page.navigate(url("/customers?scope=team"));
		assertThat(page.locator("main .segmented a.active")).hasText("团队");
		Locator search = page.locator("main form.list-search input[type=search]");
		// the first screen: the search box and the first records, the filters out of the way
		assertThat(search).isInViewport();
		assertThat(page.locator("main ul.customer-cards > li").first()).isInViewport();
		assertThat(page.locator("main select[name=level]")).isHidden();
		screenshot(page, "phone-list-1-team");

		search.pressSequentially(token, new Locator.PressSequentiallyOptions().setDelay(60));
		page.waitForURL(Pattern.compile(".*[?&]q=.*"));
		assertThat(page.locator("main ul.customer-cards > li")).hasCount(2);
		assertThat(page.locator("main .owner-counts")).containsText("陈磊");
		assertThat(page.locator("main .owner-counts")).containsText("王芳");
		assertThat(page).hasURL(Pattern.compile(".*/customers\\?scope=TEAM&q=.*"));
		page.reload();
		assertThat(search).hasValue(token);
		assertThat(page.locator("main ul.customer-cards > li")).hasCount(2);

		page.locator("main [data-filter-open]").tap();
		Locator sheet = page.locator("dialog.filter-sheet");
		assertThat(sheet).isVisible();
		sheet.locator("select[name=owner]").selectOption(new SelectOption().setLabel("陈磊"));
		assertThat(page.locator("main [data-filter-count]")).hasText("1");
		sheet.locator(".date-presets .chip", new Locator.LocatorOptions().setHasText("今天")).tap();
		String today = LocalDate.now(EnterpriseZone.DEFAULT).toString();
		assertThat(sheet.locator("[data-range-readout]")).hasText(today + " ~ " + today);
		assertThat(page.locator("main [data-filter-count]")).hasText("2");
		screenshot(page, "phone-list-2-filter-sheet");
		sheet.locator("[data-filter-close]").tap();
		assertThat(sheet).isHidden();
		page.waitForURL(Pattern.compile(".*owner=.*createdFrom=" + today + ".*"));
		assertThat(page.locator("main ul.customer-cards > li")).hasCount(1);
		assertThat(page.locator("main ul.customer-cards")).containsText(east);
		assertThat(page.locator("main ul.customer-cards")).not().containsText(central);
		screenshot(page, "phone-list-3-filtered");

		page.locator("main [data-filter-open]").tap();
		sheet.locator(".filter-reset").tap();
		page.waitForURL(url("/customers?scope=TEAM"));
		assertThat(page.locator("main [data-filter-count]")).isHidden();
		assertThat(search).hasValue("");
	}

	@Test
	void onADesktopTheFiltersStayInline() {
		Page page = signIn(open(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("zh-CN")), "manager");
		page.navigate(url("/customers?scope=TEAM"));
		assertThat(page.locator("main [data-filter-open]")).isHidden();
		assertThat(page.locator("main select[name=level]")).isVisible();
		assertThat(page.locator("main select[name=dept]")).isVisible();
		page.locator("main select[name=status]").selectOption("POTENTIAL");
		page.waitForURL(Pattern.compile(".*status=POTENTIAL.*"));
		screenshot(page, "desktop-list-inline-filters");
	}

	@Test
	void theAuditLogAndTheUserListSearchAsTheAdminTypes() {
		Page page = signIn("admin");
		page.navigate(url("/admin/audit"));
		page.locator("main form.list-search input[type=search]").pressSequentially("admin",
				new Locator.PressSequentiallyOptions().setDelay(60));
		page.waitForURL(Pattern.compile(".*/admin/audit\\?actor=admin$"));
		assertThat(page.locator("#audit-rows li").first()).containsText("admin");
		screenshot(page, "phone-list-4-audit");

		page.navigate(url("/admin/users"));
		page.locator("main form.list-search input[type=search]").pressSequentially("王芳",
				new Locator.PressSequentiallyOptions().setDelay(60));
		page.waitForURL(Pattern.compile(".*/admin/users\\?q=.*"));
		assertThat(page.locator("#user-results ul.list.with-table > li")).hasCount(1);
		page.goBack();
		assertThat(page).hasURL(url("/admin/users"));
	}
}
