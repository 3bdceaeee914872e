package org.hutong.approvals.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Condition;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Branch;
import org.hutong.approvals.flow.FlowNode.CcNode;
import org.hutong.approvals.flow.FlowNode.ConditionNode;
import org.hutong.approvals.flow.FlowNode.ParallelNode;

/** Between a node of the draft and the node editor's {@link NodeForm}: read a node into the form, and the form back into the node. */
final class NodeEdits {

	private NodeEdits() {
	}

	static NodeForm read(FlowNode node) {
		NodeForm form = new NodeForm();
		form.setName(node.name());
		if (node instanceof ApproverNode a) {
			readSource(form, a.sources());
			form.setMode(a.mode());
			form.setPassRatio(a.passRatio());
			form.setCommentRequired(a.commentRequired());
			form.setSignatureRequired(a.signatureRequired());
			form.setPermissions(new LinkedHashMap<>(a.fieldPermissions()));
			readTimeout(form, a.timeout());
		}
		else if (node instanceof CcNode c) {
			readSource(form, c.recipients());
		}
		else if (node instanceof ConditionNode c) {
			form.setBranches(new ArrayList<>(c.branches().stream().map(NodeEdits::readBranch).toList()));
		}
		else if (node instanceof ParallelNode p) {
			form.setLanes(p.lanes().size());
		}
		return form;
	}

	/** The node as the form says; what the form does not edit (a branch's nodes, further sources) stays. */
	static FlowNode apply(FlowNode node, NodeForm form) {
		String name = form.getName() == null || form.getName().isBlank() ? node.name() : form.getName().strip();
		if (node instanceof ApproverNode a) {
			return new ApproverNode(a.id(), name, sources(form, a.sources()), form.getMode(),
					form.getMode() == FlowNode.Mode.ALL ? form.getPassRatio() : null, form.isCommentRequired(),
					withoutRead(form.getPermissions()), timeout(form), form.isSignatureRequired());
		}
		if (node instanceof CcNode c) {
			return new CcNode(c.id(), name, sources(form, c.recipients()));
		}
		if (node instanceof ConditionNode c) {
			return new ConditionNode(c.id(), name, branches(c, form), c.otherwise());
		}
		ParallelNode p = (ParallelNode) node;
		return new ParallelNode(p.id(), name, lanes(p, form.getLanes()));
	}

	static Condition condition(BranchForm branch) {
		if (branch.getTest() == BranchForm.Test.DEPARTMENT) {
			return branch.getDepartmentId() == null ? null : new Condition.DepartmentWithin(branch.getDepartmentId());
		}
		if (branch.getFieldKey() == null || branch.getFieldKey().isBlank() || branch.getValue() == null
				|| branch.getValue().isBlank() || branch.getOperator() == null) {
			return null;
		}
		return new Condition.FieldCompare(branch.getFieldKey(), branch.getOperator(), value(branch));
	}

	private static Object value(BranchForm branch) {
		String text = branch.getValue().strip();
		if (branch.getOperator() == Condition.Operator.IN) {
			return Arrays.stream(text.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		try {
			return new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException notANumber) {
			return text;
		}
	}

	private static BranchForm readBranch(Branch branch) {
		BranchForm form = new BranchForm();
		form.setName(branch.name());
		if (branch.condition() instanceof Condition.DepartmentWithin within) {
			form.setTest(BranchForm.Test.DEPARTMENT);
			form.setDepartmentId(within.departmentId());
		}
		else if (branch.condition() instanceof Condition.FieldCompare compare) {
			form.setFieldKey(compare.fieldKey());
			form.setOperator(compare.operator());
			form.setValue(compare.value() instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
					: compare.value() instanceof BigDecimal number ? number.toPlainString() : String.valueOf(compare.value()));
		}
		return form;
	}

	private static List<Branch> branches(ConditionNode node, NodeForm form) {
		List<Branch> out = new ArrayList<>();
		for (int i = 0; i < node.branches().size(); i++) {
			Branch was = node.branches().get(i);
			BranchForm edited = i < form.getBranches().size() ? form.getBranches().get(i) : null;
			out.add(edited == null ? was : new Branch(blankTo(edited.getName(), was.name()), condition(edited), was.nodes()));
		}
		return out;
	}

	private static List<List<FlowNode>> lanes(ParallelNode node, int wanted) {
		List<List<FlowNode>> lanes = new ArrayList<>(node.lanes());
		while (lanes.size() < Math.min(wanted, 10)) {
			lanes.add(List.of());
		}
		// a lane with nodes is never dropped by a smaller number; the admin deletes its nodes first
		while (lanes.size() > Math.max(wanted, 2) && lanes.get(lanes.size() - 1).isEmpty()) {
			lanes.remove(lanes.size() - 1);
		}
		return lanes;
	}

	private static void readSource(NodeForm form, List<ApproverSource> sources) {
		if (sources.isEmpty()) {
			return;
		}
		ApproverSource first = sources.get(0);
		form.setSourceKind(first.kind());
		form.setUserIds(new ArrayList<>(first.userIds()));
		form.setRoleId(first.roleId());
		form.setLevel(first.level());
		form.setDepartmentId(first.departmentId());
		form.setFieldKey(first.fieldKey());
	}

	/** The edited source first, the node's further sources (set through the API) kept behind it. */
	private static List<ApproverSource> sources(NodeForm form, List<ApproverSource> before) {
		List<ApproverSource> out = new ArrayList<>();
		out.add(source(form));
		out.addAll(before.stream().skip(1).toList());
		return out;
	}

	private static ApproverSource source(NodeForm form) {
		ApproverSource.Kind kind = form.getSourceKind() == null ? ApproverSource.Kind.LEADER : form.getSourceKind();
		return switch (kind) {
			case USERS -> new ApproverSource(kind, form.getUserIds(), null, null, null, null);
			case ROLE -> new ApproverSource(kind, null, form.getRoleId(), null, null, null);
			case LEADER -> new ApproverSource(kind, null, null, form.getLevel() == null ? 1 : form.getLevel(), null, null);
			case LEADERS_UP_TO -> new ApproverSource(kind, null, form.getRoleId(), form.getLevel(), null, null);
			case DEPARTMENT_LEADER -> new ApproverSource(kind, null, null, null, form.getDepartmentId(), null);
			case FORM_PERSON, FORM_DEPARTMENT -> new ApproverSource(kind, null, null, null, null, form.getFieldKey());
			case SUBMITTER_PICKS -> ApproverSource.submitterPicks();
		};
	}

	private static void readTimeout(NodeForm form, FlowNode.Timeout timeout) {
		if (timeout != null) {
			form.setRemindEvery(timeout.remindEveryMinutes());
			form.setMaxReminders(timeout.maxReminders());
			form.setAfterMinutes(timeout.afterMinutes());
			form.setTimeoutAction(timeout.action());
		}
	}

	private static FlowNode.Timeout timeout(NodeForm form) {
		int every = positive(form.getRemindEvery());
		int after = positive(form.getAfterMinutes());
		if (every == 0 && after == 0) {
			return null;
		}
		FlowNode.TimeoutAction action = after == 0 ? null
				: form.getTimeoutAction() == null ? FlowNode.TimeoutAction.AUTO_APPROVE : form.getTimeoutAction();
		return new FlowNode.Timeout(every, every == 0 ? 0 : positive(form.getMaxReminders()), after, action);
	}

	/** READ is what a field is without a word from the admin, so only EDIT and HIDDEN are kept. */
	private static Map<String, FlowNode.FieldPermission> withoutRead(Map<String, FlowNode.FieldPermission> permissions) {
		Map<String, FlowNode.FieldPermission> out = new LinkedHashMap<>();
		permissions.forEach((key, permission) -> {
			if (permission != null && permission != FlowNode.FieldPermission.READ) {
				out.put(key, permission);
			}
		});
		return out;
	}

	private static int positive(Integer number) {
		return number == null || number < 0 ? 0 : number;
	}

	private static String blankTo(String text, String otherwise) {
		return text == null || text.isBlank() ? otherwise : text.strip();
	}
}
