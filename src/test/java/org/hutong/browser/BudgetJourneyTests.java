package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 预算 on a phone (375×812): the manager of a demo project with a budget opens it from the project page,
 * sees the total and the categories with their burn, and enters a manual cost with its receipt; the cost
 * is listed and nothing is wider than the phone. Screenshots {@code phone-budget-*.png}.
 */
@HutongTest
@Tag("browser")
class BudgetJourneyTests extends PhoneJourney {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	JdbcClient jdbc;

	@Test
	void theManagerOpensTheBudgetAndEntersAManualCost() {
		Map<String, Object> project = jdbc.sql("SELECT p.id, u.username FROM projects_project p "
				+ "JOIN identity_user u ON u.id = p.manager_id JOIN tenancy_tenant t ON t.id = p.tenant_id "
				+ "WHERE t.code = 'demo' AND p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM projects_budget_line l "
				+ "WHERE l.project_id = p.id) ORDER BY p.id FETCH FIRST 1 ROWS ONLY")
			.query((rs, n) -> Map.<String, Object>of("id", rs.getLong("id"), "username", rs.getString("username")))
			.single();
		Page manager = signIn((String) project.get("username"));
		manager.navigate(url("/projects/" + project.get("id")));
		manager.locator(".project-head a[href$='/budget']").tap();
		manager.waitForURL(Pattern.compile(".*/projects/\\d+/budget$"));
		assertThat(manager.locator("#total")).containsText("%");
		assertThat(manager.locator("#by-category li").first()).isVisible();
		screenshot(manager, "phone-budget-1-sheet");

		String what = "样机外协打样 " + ThreadLocalRandom.current().nextInt(100_000);
		manager.locator("#cost-form input[name=amount]").fill("1234.50");
		manager.locator("#cost-form input[name=description]").fill(what);
		manager.locator("#cost-form input[name=file]").setInputFiles(new FilePayload("发票.pdf", "application/pdf", PDF));
		manager.locator("#cost-form").scrollIntoViewIfNeeded();
		screenshot(manager, "phone-budget-2-cost-form");
		manager.locator("#cost-form button[type=submit]").tap();
		manager.waitForURL(Pattern.compile(".*/projects/\\d+/budget.*"));
		assertThat(manager.locator("#costs")).containsText(what);
		assertThat(manager.locator("#costs")).containsText("1,234.50");
		Assertions.assertThat((Boolean) manager.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		manager.locator("#costs").scrollIntoViewIfNeeded();
		screenshot(manager, "phone-budget-3-cost-listed");
	}
}
