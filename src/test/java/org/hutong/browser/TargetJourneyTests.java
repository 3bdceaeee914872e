package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 目标与预测 on a phone (375×812): 李明 looks at the team's board, sets 王芳's target for this month on
 * the grid, sees the month's 排行榜 and the quarter's forecast against target. Screenshots
 * {@code phone-targets-*.png}.
 */
@HutongTest
@Tag("browser")
class TargetJourneyTests extends PhoneJourney {

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theDirectorSetsATargetAndReadsTheRankingAndTheForecastOnHisPhone() {
		LocalDate today = LocalDate.now(EnterpriseZone.DEFAULT);
		long rep = new TestUsers(userDetails).load("demo", "sales").userId();
		Page manager = signIn("manager");
		manager.navigate(url("/sales/opportunities/board?scope=TEAM"));
		assertThat(manager.locator(".board-column").first()).isVisible();
		screenshot(manager, "phone-targets-1-board");

		manager.navigate(url("/sales/targets"));
		assertThat(manager.locator("main")).containsText("排行榜");
		manager.locator("main .page-head a[href='/sales/targets/plan']").tap();
		manager.waitForURL(Pattern.compile(".*/sales/targets/plan.*"));
		String cell = "USER-" + rep + "-" + today.getMonthValue();
		manager.fill("#target-plan input[name='" + cell + "']", "900000");
		screenshot(manager, "phone-targets-2-plan");
		manager.locator("#target-plan button[type=submit]").tap();
		assertThat(manager.locator(".alert-ok")).containsText("目标已保存");
		assertThat(manager.locator("#target-plan input[name='" + cell + "']")).hasValue("900000");

		manager.navigate(url("/sales/targets"));
		assertThat(manager.locator(".ranking")).containsText("王芳");
		assertThat(manager.locator(".ranking")).containsText("90万");
		screenshot(manager, "phone-targets-3-ranking");
		manager.locator("main .page-head a[href='/sales/forecast']").tap();
		manager.waitForURL(Pattern.compile(".*/sales/forecast.*"));
		assertThat(manager.locator(".forecast-total")).containsText("承诺");
		assertThat(manager.locator("main")).containsText("王芳");
		screenshot(manager, "phone-targets-4-forecast");
	}
}
