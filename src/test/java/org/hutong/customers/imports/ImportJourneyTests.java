package org.hutong.customers.imports;

import org.hutong.browser.PhoneJourney;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On a 375 px phone: {@code manager} uploads a CSV from the customer list, checks the mapping, runs
 * the dry run, starts the import and watches it finish, without a Content Security Policy complaint.
 * Screenshots land in {@code <build dir>/screenshots/}.
 */
@HutongTest
@Tag("browser")
class ImportJourneyTests extends PhoneJourney {

	@Test
	void managerImportsACsvOnAPhone() {
		String name = CustomerFixtures.uniqueName();
		String csv = ImportFixtures.csv(List.of(name + ",,重点客户,河南省 许昌市 魏都区,张磊,"
				+ CustomerFixtures.uniqueMobile() + ",经理", "坏行公司,123,,,,,"));
		Page page = signIn("manager");
		page.navigate(url("/customers"));
		page.locator("main [data-more-toggle]").tap(); // 导入 sits in the list's 更多 on a phone
		page.locator("main a[href='/customers/imports']").first().tap();
		page.locator("a[href='/customers/imports/new']").first().tap();
		page.setInputFiles("input[type=file]",
				new FilePayload("客户.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-import-upload-zh")).setFullPage(true));
		page.locator("#import-upload button[type=submit]").tap();
		assertThat(page.locator(".import-mapping select").first()).hasValue("NAME");
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-import-mapping-zh")).setFullPage(true));
		page.locator(".import-mapping button.primary").tap();
		assertThat(page.locator(".import-outcome")).containsText("试导入结果", new com.microsoft.playwright.assertions
			.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		assertThat(page.locator(".import-errors")).containsText("统一社会信用代码不正确");
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-import-dry-run-zh")).setFullPage(true));
		page.locator(".import-outcome form[action$='/run'] button").tap();
		assertThat(page.locator(".import-outcome h2")).hasText("导入结果", new com.microsoft.playwright.assertions
			.LocatorAssertions.HasTextOptions().setTimeout(30_000));
		assertThat(page.locator(".import-summary .badge")).hasText("已完成");
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-import-done-zh")).setFullPage(true));
	}

}
