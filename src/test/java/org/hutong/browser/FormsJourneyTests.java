package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.files.TestImages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Forms and 工作台 on a phone (375×812): the new-customer form with the region sheet and a first
 * contact, the first invalid field brought into view and focused, 工作台's quick actions and their tap
 * targets, 写跟进's chooser, and photo previews with remove before posting. Screenshots
 * {@code phone-forms-*.png}.
 */
@HutongTest
@Tag("browser")
class FormsJourneyTests extends PhoneJourney {

	@Test
	void aNewCustomerWithItsFirstContactAndTheFirstInvalidFieldInView() {
		String name = "表单旅程" + (System.currentTimeMillis() % 100_000) + "号开关站";
		Page page = signIn("sales");
		page.navigate(url("/customers/new"));
		page.fill("#customer-form input[name=name]", name);

		page.locator("#customer-region").tap();
		Locator sheet = page.locator("#customer-form dialog.region-sheet");
		assertThat(sheet).isVisible();
		sheet.locator("[data-region-column=province] [data-code='41']").tap();
		sheet.locator("[data-region-column=city] [data-code='4110']").tap();
		screenshot(page, "phone-forms-1-region-sheet");
		sheet.locator("[data-region-column=county] [data-code='411003']").tap();
		assertThat(sheet).isHidden();
		assertThat(page.locator("#customer-region")).hasText("河南省 许昌市 建安区");

		page.fill("#contactName", "周工");
		page.fill("#contactTitle", "设备部主任");
		page.fill("#contactMobile", "1380");
		page.locator("#customer-form button[type=submit]").tap();
		assertThat(page.locator("#customer-form .field.invalid #contactMobile")).isVisible();
		assertThat(page.locator("#contactMobile")).isFocused();
		assertThat(page.locator("#contactMobile")).isInViewport();
		// what was typed and chosen stays
		assertThat(page.locator("#customer-region")).hasText("河南省 许昌市 建安区");
		Assertions.assertThat(page.inputValue("#contactName")).isEqualTo("周工");
		screenshot(page, "phone-forms-2-invalid-in-view");

		page.fill("#contactMobile", CustomerFixtures.uniqueMobile());
		page.locator("#customer-form button[type=submit]").tap();
		page.waitForURL(Pattern.compile(".*/customers/\\d+.*"));
		assertThat(page.locator("main")).containsText(name);
		assertThat(page.locator("main")).containsText("许昌市");
	}

	@Test
	void homeOffersQuickActionsWithTapTargetsLargeEnough() {
		Page page = signIn("sales");
		Locator actions = page.locator("main .quick-actions .quick-action");
		// 新建客户 · 商机 · 写跟进 · 发动态 · 写日报 · 审批 · 产品
		assertThat(actions).hasCount(7);
		assertThat(actions.first()).isInViewport();
		for (Locator action : actions.all()) {
			atLeast44(action);
		}
		screenshot(page, "phone-forms-3-home");
		// the cards' links and 查看全部 are large enough too, once the cards have loaded
		page.locator("#home-cards .follow-ups-due").waitFor();
		for (Locator link : page.locator("#home-cards .home-card a").all()) {
			atLeast44(link);
		}

		page.locator("main .quick-action", new Page.LocatorOptions().setHasText("写跟进")).tap();
		page.waitForURL(Pattern.compile(".*/customers/follow-ups/new.*"));
		Locator first = page.locator("#follow-up-choices li a").first();
		String customer = first.textContent().trim();
		page.locator("#follow-up-customer-q").pressSequentially(customer.substring(0, Math.min(4, customer.length())));
		page.waitForURL(Pattern.compile(".*q=.*"));
		assertThat(page.locator("#follow-up-choices")).containsText(customer);
		screenshot(page, "phone-forms-4-choose-customer");
		page.locator("#follow-up-choices li a", new Page.LocatorOptions().setHasText(customer)).first().tap();
		page.waitForURL(Pattern.compile(".*/customers/\\d+/follow-ups"));
		assertThat(page.locator("textarea[name=content]")).isVisible();

		page.navigate(url("/feed/reports/new"));
		for (Locator chip : page.locator("main .chip").all()) {
			atLeast44(chip);
		}
	}

	@Test
	void photosChosenForAPostShowWithRemoveBeforePosting() throws Exception {
		Path one = Files.createTempFile("preview-one", ".jpg");
		Files.write(one, TestImages.jpegWithExif(40, 30));
		Path two = Files.createTempFile("preview-two", ".jpg");
		Files.write(two, TestImages.jpegWithExif(30, 40));
		Page page = signIn("sales");
		page.navigate(url("/feed"));
		page.locator(".feed-composer input[name=images]").setInputFiles(new Path[] { one, two });
		Locator previews = page.locator(".feed-composer .image-previews .image-preview");
		assertThat(previews).hasCount(2);
		assertThat(previews.first().locator("img")).hasAttribute("src", Pattern.compile("^data:image/"));
		atLeast44(previews.first().locator(".image-remove"));
		screenshot(page, "phone-forms-5-photo-previews");
		previews.first().locator(".image-remove").tap();
		assertThat(previews).hasCount(1);
		Assertions.assertThat(page.locator(".feed-composer input[name=images]")
			.evaluate("input => input.files.length")).isEqualTo(1);
		Assertions.assertThat(page.locator(".feed-composer input[name=images]")
			.evaluate("input => input.files[0].name")).isEqualTo(two.getFileName().toString());
	}

	private static void atLeast44(Locator target) {
		BoundingBox box = target.boundingBox();
		Assertions.assertThat(box).as("a box for " + target).isNotNull();
		Assertions.assertThat(box.width).as("width of " + target).isGreaterThanOrEqualTo(44);
		Assertions.assertThat(box.height).as("height of " + target).isGreaterThanOrEqualTo(44);
	}
}
