package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.approvals.form.StockForms;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 审批 on a phone (375×812): 王芳 claims two lines of expenses, 李明 approves from his inbox in two
 * taps, and the request ends approved. Screenshots {@code phone-approvals-*.png}.
 */
@HutongTest
@Tag("browser")
class ApprovalJourneyTests extends PhoneJourney {

	@Autowired
	FlowManagement flows;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anExpenseWithTwoLinesIsApprovedFromTheInbox() {
		Flow flow = expenseFlow();
		String title = "差旅报销 " + flow.getKey();
		Page sales = signIn("sales");
		sales.navigate(url("/approvals/new/" + flow.getKey()));
		sales.fill("input[name=_title]", title);
		line(sales, 0, "TRAVEL", "2026-11-29", "300.00");
		sales.locator("[data-row-add]").tap();
		line(sales, 1, "MEALS", "2026-11-30", "45.50");
		assertThat(sales.locator("#approval-route")).containsText("李明");
		screenshot(sales, "phone-approvals-1-form");
		sales.locator(".approval-form button[type=submit]").tap();
		sales.waitForURL(Pattern.compile(".*/approvals/\\d+$"));
		assertThat(sales.locator("main")).containsText("345.50");
		assertThat(sales.locator("main")).containsText("审批中");
		// the expense lines are on the phone's request page, not only the total
		assertThat(sales.locator(".approval-table table tbody tr")).hasCount(2);
		assertThat(sales.locator(".approval-table table")).isVisible();
		String requestUrl = sales.url();
		screenshot(sales, "phone-approvals-2-request");

		Page manager = signIn("manager");
		manager.navigate(url("/approvals?flow=" + flow.getKey()));
		Locator item = manager.locator(".approval-item", new Page.LocatorOptions().setHasText(title));
		assertThat(item).isVisible();
		screenshot(manager, "phone-approvals-3-inbox");
		item.locator(".approval-quick button").tap();
		assertThat(manager.locator(".approval-acted")).containsText("已同意");
		screenshot(manager, "phone-approvals-4-approved");

		sales.navigate(requestUrl);
		assertThat(sales.locator(".approval-head")).containsText("已通过");
		assertThat(sales.locator(".approval-timeline")).containsText("李明");
		screenshot(sales, "phone-approvals-5-ended");
	}

	private static void line(Page page, int row, String category, String date, String amount) {
		page.selectOption("select[name='lines[" + row + "].category']", category);
		page.fill("input[name='lines[" + row + "].date']", date);
		page.fill("input[name='lines[" + row + "].amount']", amount);
	}

	/** The demo has no expense flow yet: one where 李明 decides, made as the admin would. */
	private Flow expenseFlow() {
		TestUsers users = new TestUsers(userDetails);
		long admin = users.load("demo", "admin").userId();
		long manager = users.load("demo", "manager").userId();
		String key = "je-" + UUID.randomUUID().toString().substring(0, 8);
		FlowNode.ApproverNode node = new FlowNode.ApproverNode("leader", "主管审批",
				List.of(ApproverSource.users(manager)), FlowNode.Mode.ANY, null, false, null, null);
		FlowForm form = new FlowForm(key, "报销", "receipt", StockForms.EXPENSE, WhoMaySubmit.anyone(),
				("J" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase(), null, "reason", admin);
		return TenantContext.callAs(users.load("demo", "admin").tenantId(), () -> transactions
			.execute(status -> flows.create(form, new FlowDefinition(List.of(node), null), admin)));
	}
}
