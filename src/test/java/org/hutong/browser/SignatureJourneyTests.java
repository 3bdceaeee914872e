package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
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
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.approvals.request.Submitter;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node that asks for a handwritten signature, on a phone (375×812): 李明 signs with his finger in
 * the 审批 sheet, confirms it, approves, and the timeline shows his signature. Screenshots
 * {@code phone-approvals-signature-*.png}.
 */
@HutongTest
@Tag("browser")
class SignatureJourneyTests extends PhoneJourney {

	@Autowired
	FlowManagement flows;

	@Autowired
	RequestSubmission submission;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theApproverSignsByHandAndTheTimelineShowsTheSignature() {
		long request = signedRequest();
		Page manager = signIn("manager");
		manager.navigate(url("/approvals/" + request));
		manager.locator("[data-sheet-open=approval-actions]").tap();
		Locator canvas = manager.locator("[data-signature-pad] canvas");
		assertThat(canvas).isVisible();
		BoundingBox box = canvas.boundingBox();
		manager.mouse().move(box.x + 20, box.y + box.height / 2);
		manager.mouse().down();
		for (int i = 1; i <= 10; i++) {
			manager.mouse().move(box.x + 20 + i * 20, box.y + box.height / 2 + (i % 2 == 0 ? -25 : 25));
		}
		manager.mouse().up();
		manager.locator("[data-signature-save]").tap();
		assertThat(manager.locator("[data-signature-chips] .file-chip")).hasCount(1);
		screenshot(manager, "phone-approvals-signature-1-signed");
		manager.locator("form.approval-decide button.primary").tap();
		assertThat(manager.locator(".alert-ok")).containsText("已同意");
		assertThat(manager.locator(".approval-timeline img.approval-signature")).isVisible();
		screenshot(manager, "phone-approvals-signature-2-timeline");
	}

	/** 王芳's expense, waiting for 李明 at a node that asks for a signature. */
	private long signedRequest() {
		TestUsers users = new TestUsers(userDetails);
		long admin = users.load("demo", "admin").userId();
		SignedInUser sales = users.load("demo", "sales");
		String key = "js-" + UUID.randomUUID().toString().substring(0, 8);
		FlowNode node = new FlowNode.ApproverNode("leader", "主管签批",
				List.of(ApproverSource.users(users.load("demo", "manager").userId())), FlowNode.Mode.ANY, null, false,
				Map.of(), null, true);
		FlowForm form = new FlowForm(key, "报销", "receipt", StockForms.EXPENSE, WhoMaySubmit.anyone(),
				("Q" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase(), null, "reason", admin);
		Map<String, Object> values = Map.of("lines", List.of(Map.of("category", "TRAVEL", "date", "2026-11-30",
				"amount", "56.00")), "total", "56.00", "reason", "签名报销");
		return TenantContext.callAs(sales.tenantId(), () -> transactions.execute(status -> {
			Flow flow = flows.create(form, new FlowDefinition(List.of(node), null), admin);
			return submission.submit(new Submitter(sales.userId(), sales.departmentId(), null), flow.getKey(), null,
					"签名报销", values, Map.of()).getId();
		}));
	}
}
