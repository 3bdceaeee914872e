package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Condition;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 审批设置 on a phone: the admin adds a 条件分支 (合计 ≥ 50,000) to a flow, puts an approver in the branch
 * and saves a new version. Screenshots {@code phone-approvals-admin-*.png}.
 */
@HutongTest
@Tag("browser")
class ApprovalsAdminJourneyTests extends PhoneJourney {

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FlowManagement flows;

	@Autowired
	FlowRepository flowRows;

	@Autowired
	FlowVersionRepository versions;

	@Test
	void theAdministratorAddsAConditionBranchWithAnApproverAndSaves() {
		Flow flow = inDemo(() -> flows.create(new FlowForm("journey-" + UUID.randomUUID().toString().substring(0, 8),
				"旅程报销", null, "expense", null, "LC", null, null, null),
				new FlowDefinition(List.of(FlowNode.ApproverNode.of("first", FlowNode.Mode.SEQUENTIAL, ApproverSource.leader(1))),
						null),
				null));
		Page page = signIn("admin");
		page.navigate(url("/admin/approvals"));
		assertThat(page.locator("main")).containsText("旅程报销");
		screenshot(page, "phone-approvals-admin-1-flows");

		page.navigate(url("/admin/approvals/flows/" + flow.getId()));
		page.locator("#first + li.add-slot summary").tap();
		page.locator("#first + li.add-slot button[value=CONDITION]").tap();
		assertThat(page.locator(".node-card.kind-condition")).hasCount(1);
		assertThat(page.locator(".node-card.kind-condition .field-error")).isVisible();
		screenshot(page, "phone-approvals-admin-2-condition-added");

		page.locator(".node-card.kind-condition .node-actions a[data-sheet-open]").tap();
		page.locator("dialog[open] select[name='branches[0].fieldKey']").selectOption(new SelectOption().setValue("total"));
		page.locator("dialog[open] select[name='branches[0].operator']").selectOption(new SelectOption().setValue("GE"));
		page.locator("dialog[open] input[name='branches[0].value']").fill("50000");
		screenshot(page, "phone-approvals-admin-3-condition-editor");
		page.locator("dialog[open] #node-apply").tap();
		assertThat(page.locator(".node-card.kind-condition .branch").first()).containsText("合计 ≥ 50000");

		page.locator(".node-card.kind-condition .branch >> nth=0 >> li.add-slot >> nth=0 >> summary").tap();
		page.locator(".node-card.kind-condition .branch >> nth=0 >> li.add-slot >> nth=0 >> button[value=APPROVER]").tap();
		assertThat(page.locator(".node-card.kind-condition .branch").first().locator(".node-card.kind-approver")).hasCount(1);
		page.locator("#save-flow").tap();
		assertThat(page.locator("main .alert-ok")).isVisible();
		screenshot(page, "phone-approvals-admin-4-saved");

		FlowDefinition saved = inDemo(() -> versions.findById(flowRows.findById(flow.getId()).orElseThrow().getCurrentVersionId())
			.orElseThrow()
			.definition());
		FlowNode.ConditionNode condition = (FlowNode.ConditionNode) saved.nodes().get(1);
		Condition.FieldCompare compare = (Condition.FieldCompare) condition.branches().get(0).condition();
		assertThat(compare.fieldKey()).isEqualTo("total");
		assertThat(compare.operator()).isEqualTo(Condition.Operator.GE);
		assertThat(condition.branches().get(0).nodes()).singleElement().isInstanceOf(FlowNode.ApproverNode.class);
	}

	private <T> T inDemo(java.util.function.Supplier<T> work) {
		long tenantId = new TestUsers(userDetails).load("demo", "admin").tenantId();
		return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
	}
}
