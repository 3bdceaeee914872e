package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 合同设置 on a phone (375×812): 李明 opens them from the contract list; typing a prefix and picking
 * 年月 changes the example number as he types; a template short of 100 % is refused with what is
 * missing, next to the rows he typed. Nothing is saved. Screenshots {@code phone-contract-settings-*.png}.
 */
@HutongTest
@Tag("browser")
class ContractSettingsJourneyTests extends PhoneJourney {

	@Test
	void theExampleNumberFollowsTheRuleAsTypedAndATemplateMustAddUp() {
		String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyyMM"));
		Page manager = signIn("manager");
		manager.navigate(url("/sales/contracts"));
		manager.locator("a[href$='/sales/contracts/settings']").tap();
		manager.waitForURL(Pattern.compile(".*/sales/contracts/settings$"));
		assertThat(manager.locator("#number-example")).containsText("HT-" + month.substring(0, 4) + "-0001");
		manager.fill("#policy input[name=numberPrefix]", "XS");
		manager.selectOption("#policy select[name=numberDate]", "MONTH");
		assertThat(manager.locator("#number-example")).containsText("XS-" + month + "-0001");
		manager.fill("#policy input[name=numberDigits]", "9");
		assertThat(manager.locator("#number-example")).containsText("填写完整后显示示例");
		manager.fill("#policy input[name=numberDigits]", "3");
		assertThat(manager.locator("#number-example")).containsText("XS-" + month + "-001");
		assertThat(manager.locator("#templates")).containsText("30/60/10");
		screenshot(manager, "phone-contract-settings-1-page");

		manager.locator("#templates a[href$='/templates/new']").tap();
		manager.waitForURL(Pattern.compile(".*/templates/new$"));
		manager.fill("#template-form input[name=name]", "30/60");
		manager.fill("#template-form input[name='terms[0].name']", "预付款");
		manager.fill("#template-form input[name='terms[0].value']", "30");
		manager.fill("#template-form input[name='terms[1].name']", "到货款");
		manager.fill("#template-form input[name='terms[1].value']", "60");
		manager.selectOption("#template-form select[name='terms[1].trigger']", "ARRIVAL");
		manager.locator("#template-form button[type=submit]").tap();
		assertThat(manager.locator("#template-form .alert-error")).containsText("还差 10.00 %");
		assertThat(manager.locator("#template-form input[name='terms[1].name']")).hasValue("到货款");
		screenshot(manager, "phone-contract-settings-2-template");
	}
}
