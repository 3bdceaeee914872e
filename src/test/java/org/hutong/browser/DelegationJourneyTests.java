package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 审批委托 on a phone (375×812): 张伟 opens 委托 from the inbox, finds 刘洋 by typing, keeps the
 * suggested days and saves; the page then says 刘洋 approves for him. Screenshots
 * {@code phone-delegation-*.png}. The delegation is removed afterwards, so no other test's approver is away.
 */
@HutongTest
@Tag("browser")
class DelegationJourneyTests extends PhoneJourney {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeDelegation() {
		jdbc.sql("delete from approval_delegation where reason = '浏览器 出差'").update();
	}

	@Test
	void aPersonAwayDelegatesTheirApprovalsFromTheInbox() {
		Page rd = signIn("rd");
		rd.navigate(url("/approvals"));
		rd.locator("a[href='/approvals/delegation']").tap();
		rd.waitForURL(url("/approvals/delegation"));
		rd.locator("#delegation-form input[name=q]").fill("刘");
		rd.locator("#delegate-people label", new Page.LocatorOptions().setHasText("刘洋")).tap();
		rd.fill("input[name=reason]", "浏览器 出差");
		screenshot(rd, "phone-delegation-1-form");
		rd.locator("#delegation-form button[type=submit]").tap();
		assertThat(rd.locator(".delegation-current")).containsText("刘洋 正在代你审批");
		assertThat(rd.locator(".alert-ok")).isVisible();
		screenshot(rd, "phone-delegation-2-set");
	}
}
