package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.approvals.form.StockForms;
import org.hutong.files.TestImages;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 审批 round trip on phones (375×812): 王芳 claims an expense with a photo of the receipt that 李明 and then
 * 刘洋 (财务) decide;
 * while it runs the administrator drops the 财务 step in the designer, which the running request keeps; 李明 approves
 * from his notice, 刘洋 returns it to 王芳, who corrects the amount and resubmits; both approve and it
 * ends approved, while a new claim now needs 李明 alone. Screenshots {@code phone-approvals-trip-*.png}.
 */
@HutongTest
@Tag("browser")
class ApprovalRoundTripJourneyTests extends PhoneJourney {

	@Autowired
	FlowManagement flows;

	@Autowired
	FlowVersionRepository versions;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anExpenseIsApprovedReturnedResubmittedAndApprovedWhileItsFlowChanges() {
		Flow flow = twoStepExpenseFlow();
		String title = "往返报销 " + flow.getKey();
		Page sales = signIn("sales");
		sales.navigate(url("/approvals/new/" + flow.getKey()));
		sales.fill("input[name=_title]", title);
		sales.selectOption("select[name='lines[0].category']", "TRAVEL");
		sales.fill("input[name='lines[0].date']", "2026-11-29");
		sales.fill("input[name='lines[0].amount']", "800.00");
		sales.locator("input[type=file][data-upload-name='lines[0].receipts']")
			.setInputFiles(new FilePayload("发票.png", "image/png", TestImages.png()));
		assertThat(sales.locator(".file-chip")).containsText("发票.png");
		// 关联客户: a word most of her customers share finds them; she picks the first
		sales.locator("label[data-field=customer] input[type=search]").fill("电力");
		Locator match = sales.locator("#pick-customer .record-match").first();
		String customerId = match.locator("input").getAttribute("value");
		screenshot(sales, "phone-approvals-trip-0-customer");
		match.tap();
		assertThat(sales.locator("#approval-route")).containsText("李明");
		assertThat(sales.locator("#approval-route")).containsText("刘洋");
		sales.locator(".approval-form button[type=submit]").tap();
		sales.waitForURL(Pattern.compile(".*/approvals/\\d+$"));
		String requestUrl = sales.url();
		assertThat(sales.locator(".approval-files img")).isVisible();
		assertThat(sales.locator("dd[data-field=customer] a.record-link")).hasAttribute("href", "/customers/" + customerId);
		screenshot(sales, "phone-approvals-trip-1-submitted");

		// the administrator, on a phone too, drops the 财务 step and saves: a new version of the flow
		Page admin = signIn("admin");
		admin.navigate(url("/admin/approvals/flows/" + flow.getId()));
		admin.locator("#finance button[value=delete]").tap();
		assertThat(admin.locator("#finance")).hasCount(0);
		admin.locator("#save-flow").tap();
		assertThat(admin.locator("main .alert-ok")).isVisible();
		screenshot(admin, "phone-approvals-trip-2-flow-changed");
		Assertions.assertThat(inDemo(() -> versions.findByFlowIdOrderByNumberDesc(flow.getId()).get(0).getNumber()))
			.as("the change is a new version").isEqualTo(2);

		Page manager = signIn("manager");
		Locator notice = awaitNotice(manager, title);
		screenshot(manager, "phone-approvals-trip-3-notice");
		notice.locator("a.notice-link").tap();
		manager.waitForURL(requestUrl);
		decide(manager);
		manager.locator("form.approval-decide button.primary").tap();
		assertThat(manager.locator(".alert-ok")).containsText("已同意");

		Page finance = signIn("finance");
		finance.navigate(requestUrl);
		assertThat(finance.locator("main")).containsText("财务审批");
		decide(finance);
		Locator back = finance.locator("details.approval-more", new Page.LocatorOptions().setHasText("退回"));
		back.locator("summary").tap();
		back.locator("select[name=node]").selectOption("");
		back.locator("input[name=comment]").fill("请按发票金额填写");
		screenshot(finance, "phone-approvals-trip-4-return");
		back.locator("button[type=submit]").tap();
		assertThat(finance.locator(".alert-ok")).containsText("已退回");

		sales.navigate(requestUrl);
		assertThat(sales.locator(".approval-head")).containsText("已退回");
		assertThat(sales.locator(".approval-timeline")).containsText("请按发票金额填写");
		sales.locator("a[href$='/resubmit']").tap();
		sales.waitForURL(requestUrl + "/resubmit");
		sales.fill("input[name='lines[0].amount']", "780.00");
		assertThat(sales.locator(".file-chip")).containsText("发票.png");
		assertThat(sales.locator("#pick-customer input[value='" + customerId + "']")).isChecked();
		screenshot(sales, "phone-approvals-trip-5-resubmit");
		sales.locator(".approval-form button[type=submit]").tap();
		sales.waitForURL(requestUrl);

		for (Page approver : List.of(manager, finance)) {
			approver.navigate(requestUrl);
			decide(approver);
			approver.locator("form.approval-decide button.primary").tap();
			assertThat(approver.locator(".alert-ok")).containsText("已同意");
		}

		sales.navigate(requestUrl);
		assertThat(sales.locator(".approval-head")).containsText("已通过");
		assertThat(sales.locator("main")).containsText("780.00");
		assertThat(sales.locator(".approval-files img")).isVisible();
		assertThat(sales.locator(".approval-timeline")).containsText("重新提交");
		screenshot(sales, "phone-approvals-trip-6-approved");

		sales.navigate(url("/approvals/new/" + flow.getKey()));
		assertThat(sales.locator("#approval-route")).containsText("李明");
		assertThat(sales.locator("#approval-route")).not().containsText("刘洋");
	}

	/** Opens the 审批 sheet of the request page. */
	private static void decide(Page page) {
		page.locator("[data-sheet-open=approval-actions]").tap();
		assertThat(page.locator("#approval-actions")).isVisible();
	}

	/** The approval's notice in the inbox; delivered after the submission commits, so the list is read again until it is there. */
	private Locator awaitNotice(Page page, String title) {
		Locator notice = page.locator("main li.notice", new Page.LocatorOptions().setHasText(title));
		for (int attempt = 0; attempt < 20 && notice.count() == 0; attempt++) {
			page.navigate(url("/notifications"));
			if (notice.count() == 0) {
				page.waitForTimeout(500);
			}
		}
		assertThat(notice).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
		return notice;
	}

	/** 报销: 李明 (主管审批) then 刘洋 (财务审批), as the administrator would set it up. */
	private Flow twoStepExpenseFlow() {
		TestUsers users = new TestUsers(userDetails);
		long admin = users.load("demo", "admin").userId();
		String key = "jt-" + UUID.randomUUID().toString().substring(0, 8);
		FlowForm form = new FlowForm(key, "报销", "receipt", StockForms.EXPENSE, WhoMaySubmit.anyone(),
				("R" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase(), null, "reason", admin);
		return inDemo(() -> flows.create(form, new FlowDefinition(List.of(leader(users), finance(users)), null), admin));
	}

	private static FlowNode leader(TestUsers users) {
		return new FlowNode.ApproverNode("leader", "主管审批", List.of(ApproverSource.users(users.load("demo", "manager").userId())),
				FlowNode.Mode.ANY, null, false, null, null);
	}

	private static FlowNode finance(TestUsers users) {
		return new FlowNode.ApproverNode("finance", "财务审批", List.of(ApproverSource.users(users.load("demo", "finance").userId())),
				FlowNode.Mode.ANY, null, false, null, null);
	}

	private <T> T inDemo(java.util.function.Supplier<T> work) {
		long tenant = new TestUsers(userDetails).load("demo", "admin").tenantId();
		return TenantContext.callAs(tenant, () -> transactions.execute(status -> work.get()));
	}
}
