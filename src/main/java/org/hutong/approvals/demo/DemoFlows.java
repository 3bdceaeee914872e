package org.hutong.approvals.demo;

import static org.hutong.approvals.flow.ApproverSource.leader;
import static org.hutong.approvals.flow.ApproverSource.users;

import java.math.BigDecimal;
import java.util.List;

import org.hutong.approvals.flow.Condition;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Branch;
import org.hutong.approvals.flow.FlowNode.CcNode;
import org.hutong.approvals.flow.FlowNode.ConditionNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.flow.FlowRules;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.approvals.form.StockForms;

/**
 * The demo's flows on the stock forms, as an enterprise would set them up: 报销 goes to the direct
 * leader and, above 5,000, to 财务 and then the 总经理; 请假 to the direct leader and, above 3 days,
 * to the 2nd-level leader; 采购申请 to the leader and 财务; 出差 to the leader with 财务 in copy;
 * 用印 to the 总经理. Someone without a leader goes to the flow's admin (the flow-wide default).
 */
final class DemoFlows {

	/** A flow to create: what it is, and its node tree. */
	record Stock(FlowForm form, FlowDefinition definition) {
	}

	static final BigDecimal BIG_EXPENSE = new BigDecimal("5000");

	static final int LONG_LEAVE_DAYS = 3;

	private DemoFlows() {
	}

	static List<Stock> all(long gm, long finance) {
		return List.of(expense(gm, finance), leave(), purchase(finance), travel(finance), seal(gm));
	}

	private static Stock expense(long gm, long finance) {
		Condition big = new Condition.FieldCompare("total", Condition.Operator.GT, BIG_EXPENSE);
		return stock(form(StockForms.EXPENSE, "报销", "receipt", "BX", "total", gm),
				approver("leader", "直属主管", leader(1)),
				new ConditionNode("amount", "金额", List.of(new Branch("超过 5,000 元", big, List.of(
						approver("finance", "财务", users(finance)), approver("gm", "总经理", users(gm))))), List.of()));
	}

	private static Stock leave() {
		Condition longLeave = new Condition.FieldCompare("days", Condition.Operator.GT, LONG_LEAVE_DAYS);
		return stock(form(StockForms.LEAVE, "请假", "calendar", "QJ", "days", null),
				approver("leader", "直属主管", leader(1)),
				new ConditionNode("days", "天数", List.of(new Branch("超过 3 天", longLeave, List.of(
						approver("leader2", "第 2 级主管", leader(2))))), List.of()));
	}

	private static Stock purchase(long finance) {
		return stock(form(StockForms.PURCHASE, "采购申请", "cart", "CG", "neededBy", null),
				approver("leader", "直属主管", leader(1)), approver("finance", "财务", users(finance)));
	}

	private static Stock travel(long finance) {
		return stock(form(StockForms.TRAVEL, "出差", "plane", "CC", "destination", null),
				approver("leader", "直属主管", leader(1)), new CcNode("cc", "抄送财务", List.of(users(finance))));
	}

	private static Stock seal(long gm) {
		return stock(form(StockForms.SEAL, "用印", "stamp", "YY", "sealType", gm), approver("gm", "总经理", users(gm)));
	}

	private static FlowForm form(String key, String name, String icon, String prefix, String summaryField, Long admin) {
		return new FlowForm(key, name, icon, key, WhoMaySubmit.anyone(), prefix, null, summaryField, admin);
	}

	private static ApproverNode approver(String id, String name, org.hutong.approvals.flow.ApproverSource source) {
		return new ApproverNode(id, name, List.of(source), Mode.ANY, null, false, java.util.Map.of(), null);
	}

	private static Stock stock(FlowForm form, FlowNode... nodes) {
		return new Stock(form, new FlowDefinition(List.of(nodes), FlowRules.defaults()));
	}
}
