package org.hutong.approvals.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hutong.approvals.flow.ApproverSource.users;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.request.RequestManagement.FieldEdit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The engine keeps an approver's edit to the fields their node marks EDIT, and refuses any other. */
@HutongTest
class FieldEditTests {

	@Autowired
	ApplicationContext beans;

	EngineKit kit;

	@BeforeEach
	void setUp() {
		kit = new EngineKit(beans);
	}

	@Test
	void anEditableFieldChangesWithTheApprovalAndAnyOtherIsRefused() {
		Flow flow = kit.flow(new ApproverNode("n1", "可改", List.of(users(kit.id("manager"))), Mode.ANY, null, false,
				Map.of("amount", FlowNode.FieldPermission.EDIT), null));
		long request = kit.submit("sales", flow, Map.of("amount", "100", "note", "原样"));

		Map<String, Object> sneaky = new HashMap<>(kit.request(request).values());
		sneaky.put("note", "偷改");
		RequestManagement.TaskAction first = kit.action(request, "manager");
		assertThatThrownBy(() -> kit.run(() -> kit.management.approve(first, new FieldEdit(sneaky, Set.of()))))
			.isInstanceOfSatisfying(FieldNotEditable.class, e -> assertThat(e.field()).isEqualTo("note"));
		assertThat(kit.request(request).values()).containsEntry("note", "原样");

		Map<String, Object> fair = new HashMap<>(kit.request(request).values());
		fair.put("amount", "80");
		RequestManagement.TaskAction second = kit.action(request, "manager");
		kit.run(() -> kit.management.approve(second, new FieldEdit(fair, Set.of())));
		assertThat(kit.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(kit.request(request).values()).containsEntry("amount", "80").containsEntry("note", "原样");
		assertThat(kit.history(request)).containsSubsequence(ActionKind.EDIT, ActionKind.APPROVE);
	}
}
