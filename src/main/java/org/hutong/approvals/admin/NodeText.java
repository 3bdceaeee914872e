package org.hutong.approvals.admin;

import java.util.List;
import java.util.stream.Collectors;

import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Condition;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.web.PageTools;

/** The one-line summaries the designer's cards show: who approves and how, and what a branch asks. */
public final class NodeText {

	private NodeText() {
	}

	public static String kind(FlowNode node) {
		if (node instanceof FlowNode.ApproverNode) {
			return "APPROVER";
		}
		if (node instanceof FlowNode.CcNode) {
			return "CC";
		}
		return node instanceof FlowNode.ConditionNode ? "CONDITION" : "PARALLEL";
	}

	public static String sources(PageTools ui, List<ApproverSource> sources) {
		return sources.stream().map(source -> source(ui, source)).collect(Collectors.joining("、"));
	}

	public static String approver(PageTools ui, FlowNode.ApproverNode node) {
		String mode = ui.msg("approvals.admin.mode." + node.mode());
		if (node.mode() == FlowNode.Mode.ALL && node.passRatio() != null) {
			mode = ui.msg("approvals.admin.mode.ratio", node.passRatio());
		}
		return sources(ui, node.sources()) + " · " + mode;
	}

	static String source(PageTools ui, ApproverSource source) {
		String kind = ui.msg("approvals.admin.source." + source.kind());
		return switch (source.kind()) {
			case USERS -> ui.msg("approvals.admin.source.users.count", source.userIds().size());
			case LEADER -> ui.msg("approvals.admin.source.level", source.level() == null ? 1 : source.level());
			case LEADERS_UP_TO -> source.level() != null ? ui.msg("approvals.admin.source.up-to-level", source.level())
					: ui.msg("approvals.admin.source.up-to-role", source.roleId());
			case ROLE -> kind + " #" + source.roleId();
			case FORM_PERSON, FORM_DEPARTMENT -> kind + " · " + source.fieldKey();
			default -> kind;
		};
	}

	public static String condition(PageTools ui, Condition condition, List<FieldDefinition> fields) {
		if (condition == null) {
			return ui.msg("approvals.admin.branch.no-condition");
		}
		if (condition instanceof Condition.FieldCompare compare) {
			String label = fields.stream().filter(f -> f.key().equals(compare.fieldKey())).findFirst()
				.map(f -> f.label().in(ui.locale())).orElse(compare.fieldKey());
			Object value = compare.value() instanceof List<?> list
					? list.stream().map(String::valueOf).collect(Collectors.joining("、")) : compare.value();
			return label + " " + ui.msg("approvals.admin.operator." + compare.operator()) + " " + value;
		}
		if (condition instanceof Condition.DepartmentWithin) {
			return ui.msg("approvals.admin.branch.department");
		}
		return ui.msg("approvals.admin.branch.combined");
	}
}
