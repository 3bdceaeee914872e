package org.hutong.approvals.form;

import static org.hutong.approvals.form.FieldDefinition.of;
import static org.hutong.approvals.form.FieldOption.of;
import static org.hutong.approvals.form.FieldType.ATTACHMENT;
import static org.hutong.approvals.form.FieldType.DATE;
import static org.hutong.approvals.form.FieldType.DATE_RANGE;
import static org.hutong.approvals.form.FieldType.LONG_TEXT;
import static org.hutong.approvals.form.FieldType.MONEY;
import static org.hutong.approvals.form.FieldType.NUMBER;
import static org.hutong.approvals.form.FieldType.RECORD;
import static org.hutong.approvals.form.FieldType.SELECT;
import static org.hutong.approvals.form.FieldType.TABLE;
import static org.hutong.approvals.form.FieldType.TEXT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The forms every enterprise starts with: 请假, 报销, 采购申请, 出差, 用印. Flows and their conditions
 * name these keys (leave.days, expense.total …), so an edit keeps the stock fields and their types.
 */
public final class StockForms {

	public static final String LEAVE = "leave";

	public static final String EXPENSE = "expense";

	public static final String PURCHASE = "purchase";

	public static final String TRAVEL = "travel";

	public static final String SEAL = "seal";

	static final List<FormDesign> ALL = List.of(leave(), expense(), purchase(), travel(), seal());

	private StockForms() {
	}

	static Optional<FormDesign> design(String key) {
		return ALL.stream().filter(design -> design.key().equals(key)).findFirst();
	}

	private static FormDesign leave() {
		return new FormDesign(LEAVE, "请假", "Leave", "calendar", "请假按工作日计算时长，半天计 0.5 天",
				"Leave counts working days; half a day counts 0.5", true, List.of(
						of("type", SELECT, "请假类型", "Leave type").mandatory()
							.options(of("ANNUAL", "年假", "Annual leave"), of("PERSONAL", "事假", "Personal leave"),
									of("SICK", "病假", "Sick leave"), of("COMPENSATORY", "调休", "Time off in lieu"),
									of("MARRIAGE", "婚假", "Marriage leave"), of("MATERNITY", "产假", "Maternity leave"),
									of("BEREAVEMENT", "丧假", "Bereavement leave")),
						of("period", DATE_RANGE, "请假时间", "Period").mandatory().withHalfDays()
							.help("开始和结束可选上午或下午", "Start and end may each be a morning or an afternoon"),
						of("days", NUMBER, "时长（工作日）", "Duration (working days)").range(1, BigDecimal.ZERO, null)
							.derivedFrom("period"),
						of("reason", LONG_TEXT, "请假事由", "Reason").mandatory().maxLength(500),
						of("attachments", ATTACHMENT, "附件", "Attachments")
							.help("病假请附医院证明", "For sick leave, attach the doctor's note")),
				null);
	}

	private static FormDesign expense() {
		return new FormDesign(EXPENSE, "报销", "Expense claim", "receipt", "按明细报销，合计自动计算",
				"Claim line by line; the total is added up for you", true, List.of(
						of("lines", TABLE, "费用明细", "Expenses").mandatory()
							.columns(of("category", SELECT, "费用类别", "Category").mandatory()
								.options(of("TRAVEL", "差旅", "Travel"), of("TRANSPORT", "交通", "Transport"),
										of("MEALS", "餐饮", "Meals"), of("OFFICE", "办公", "Office"),
										of("ENTERTAINMENT", "招待", "Entertainment"), of("OTHER", "其他", "Other")),
									of("date", DATE, "日期", "Date").mandatory(),
									of("amount", MONEY, "金额", "Amount").mandatory(),
									of("receipts", ATTACHMENT, "票据照片", "Receipt photos"),
									of("note", TEXT, "说明", "Note").maxLength(100)),
						of("total", MONEY, "合计", "Total").derivedFrom("lines.amount"),
						of("customer", RECORD, "关联客户", "Customer").linking("customer")
							.help("与客户相关的费用可关联客户", "Link the customer the expense was for, if any"),
						of("rdProject", RECORD, "关联项目", "Project").linking("project")
							.help("研发项目的费用关联项目后计入项目实际成本", "Link the R&D project the expense was for: once approved it counts as the project's actual cost"),
						of("reason", LONG_TEXT, "报销说明", "Remarks").maxLength(500)),
				null);
	}

	private static FormDesign purchase() {
		return new FormDesign(PURCHASE, "采购申请", "Purchase request", "cart", "申请采购物品或服务",
				"Ask to buy goods or services", true, List.of(
						of("items", TABLE, "采购明细", "Items").mandatory()
							.columns(of("name", TEXT, "名称", "Name").mandatory().maxLength(100),
									of("spec", TEXT, "规格型号", "Specification").maxLength(100),
									of("quantity", NUMBER, "数量", "Quantity").mandatory()
										.range(2, new BigDecimal("0.01"), null),
									of("unit", TEXT, "单位", "Unit").maxLength(10),
									of("price", MONEY, "预估单价", "Estimated unit price")),
						of("total", MONEY, "预估总额", "Estimated total").derivedFrom("items.quantity*price"),
						of("supplier", TEXT, "供应商", "Supplier").maxLength(100),
						of("neededBy", DATE, "需求日期", "Needed by").mandatory(),
						of("reason", LONG_TEXT, "采购事由", "Reason").maxLength(500)),
				null);
	}

	private static FormDesign travel() {
		return new FormDesign(TRAVEL, "出差", "Business trip", "plane", "出差前申请，预估费用供财务参考",
				"Ask before you travel; the estimate helps finance plan", true, List.of(
						of("destination", TEXT, "目的地", "Destination").mandatory().maxLength(100),
						of("dates", DATE_RANGE, "出差日期", "Dates").mandatory(),
						of("purpose", LONG_TEXT, "出差事由", "Purpose").mandatory().maxLength(500),
						of("estimatedCost", MONEY, "预估费用", "Estimated cost")),
				null);
	}

	private static FormDesign seal() {
		return new FormDesign(SEAL, "用印", "Seal use", "stamp", "申请在文件上加盖公司印章",
				"Ask for a company seal on a document", true, List.of(
						of("sealType", SELECT, "印章类型", "Seal").mandatory()
							.options(of("COMPANY", "公章", "Company seal"), of("CONTRACT", "合同章", "Contract seal"),
									of("FINANCE", "财务章", "Finance seal"),
									of("LEGAL_REPRESENTATIVE", "法人章", "Legal representative's seal")),
						of("document", TEXT, "文件名称", "Document").mandatory().maxLength(100),
						of("copies", NUMBER, "用印份数", "Copies").mandatory().range(0, BigDecimal.ONE, new BigDecimal("999")),
						of("attachments", ATTACHMENT, "文件附件", "Document files")),
				null);
	}
}
