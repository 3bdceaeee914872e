package org.hutong.feed.demo;

import java.util.List;

/** Three weeks of a power equipment maker's 动态, oldest first. */
final class DemoPosts {

	private DemoPosts() {
	}

	/**
	 * One post: who wrote it, how many hours ago, its text, for whom ({@code ENTERPRISE} or
	 * {@code DEPARTMENTS} with department names), its comments (username, text) and who liked it.
	 */
	record Plan(String author, int hoursAgo, String text, String audience, List<String> departments,
			List<String[]> comments, List<String> likers) {
	}

	private static Plan all(String author, int hoursAgo, String text, List<String[]> comments, List<String> likers) {
		return new Plan(author, hoursAgo, text, "ENTERPRISE", List.of(), comments, likers);
	}

	private static String[] c(String author, String text) {
		return new String[] { author, text };
	}

	static List<Plan> plans() {
		return List.of(
				all("admin", 500, "各位同事：本月起 #质检# 抽检比例从 5% 提高到 10%，出厂前的耐压试验记录请完整上传。质量是我们的生命线。",
						List.<String[]>of(c("rd", "收到，电气设计室这边会配合更新试验大纲。"), c("manager", "销售部也会跟客户同步出厂试验报告的模板。")),
						List.of("manager", "rd", "finance")),
				all("sales", 452, "今天在郑州东变电站完成了 10kV 开关柜的现场交底，客户对柜体防护等级很满意。#现场调试# @李明 下周需要安排调试人员。",
						List.<String[]>of(c("manager", "好的，我来协调生产部，周三前给你名单。"), c("sales", "谢谢李总！")), List.of("manager", "admin")),
				new Plan("manager", 430, "销售部本周例会纪要：1. 华中大区许昌供电公司 #投标# 标书周五定稿；2. 华东大区重点跟进苏州工业园项目；3. 回款进度请各位周四前更新。",
						"DEPARTMENTS", List.of("销售部"), List.<String[]>of(c("sales2", "苏州园区的技术交流已约在下周二。")), List.of("sales", "sales2")),
				all("rd", 380, "新一代环网柜样机通过了型式试验的温升项目，数据比上一代低 8K。#研发进展# 感谢结构设计室的同事连续加班！",
						List.<String[]>of(c("admin", "辛苦了，为研发中心点赞！"), c("manager", "这个数据对投标很有说服力，能否出一页对比材料？"),
								c("rd", "@李明 可以，周五前发你。")), List.of("admin", "manager", "sales", "sales2", "finance")),
				all("sales2", 330, "南京江北新区 110kV 变电站项目资格预审通过，进入正式 #投标# 阶段。需要技术部门配合准备偏差表。",
						List.<String[]>of(c("rd", "偏差表模板在共享盘里，有问题随时找我。")), List.of("manager")),
				all("finance", 300, "提醒：本季度开票截止日为 25 日，请各位负责人核对合同回款节点，逾期应收请在 CRM 中更新原因。",
						List.of(), List.of("admin")),
				all("sales", 240, "#现场调试# 洛阳石化配电室改造，今天完成了保护定值校验，明天送电。现场照片稍后补充。",
						List.<String[]>of(c("manager", "注意安全，送电前再核对一次五防闭锁。")), List.of("manager", "rd")),
				all("admin", 200, "热烈祝贺华中大区中标 #许昌供电公司# 2026 年配网物资框架采购项目！感谢销售、研发、生产各部门的通力协作。",
						List.<String[]>of(c("sales", "感谢公司支持，团队的功劳！"), c("rd", "恭喜恭喜！"), c("finance", "请及时提交合同评审。")),
						List.of("manager", "sales", "sales2", "rd", "finance")),
				new Plan("rd", 150, "电气设计室内部：下周起图纸评审改为每周二、四下午，评审意见统一记录在 PLM。#质检#",
						"DEPARTMENTS", List.of("研发中心"), List.of(), List.of()),
				all("sales2", 96, "今天拜访了苏州工业园区供电服务公司，对方关心 #智能运维# 平台和开关柜在线测温，请研发同事帮忙准备演示。@张伟",
						List.<String[]>of(c("rd", "在线测温的演示环境已经准备好，随时可以远程演示。")), List.of("rd")),
				all("manager", 50, "本月新签合同额已完成季度目标的 72%，还差最后一口气！大家加油。#销售冲刺#",
						List.<String[]>of(c("sales", "许昌项目的第二批订单下周能签。"), c("sales2", "南京项目开标在即！")), List.of("admin", "sales", "sales2")),
				all("sales", 6, "刚从平顶山回来，客户对我们的质检报告和出厂试验视频非常认可。#质检# 好的产品自己会说话！",
						List.of(), List.of("manager")));
	}

	private static final String[][] SALES_DAYS = {
			{ "拜访许昌供电公司物资部，确认框架采购第二批清单。", "整理报价，明天上午发给客户。", "" },
			{ "陪同研发到洛阳石化现场核对配电室尺寸。", "跟进图纸确认。", "现场电缆沟与图纸不符，需要设计室出变更。" },
			{ "完成平顶山项目的技术偏差表。", "周五前提交投标文件。", "" },
			{ "电话回访郑州东变电站开关柜使用情况，客户满意。", "约下周拜访运维班组。", "" },
			{ "参加销售部周例会，更新回款计划。", "催收洛阳项目第二笔预付款。", "客户财务流程慢，可能推迟一周。" } };

	private static final String[][] SALES2_DAYS = {
			{ "苏州工业园区技术交流，介绍在线测温方案。", "准备演示环境。", "需要研发远程支持演示。" },
			{ "南京江北新区项目资格预审资料补充。", "等待预审结果。", "" },
			{ "走访无锡两家配电工程公司，了解年度采购计划。", "录入两条新线索。", "" },
			{ "与质检部沟通出厂试验报告格式。", "把新模板发给客户确认。", "" },
			{ "整理华东大区本月商机，更新赢单率。", "周一向李总汇报。", "" } };

	/** A day's report (work done, plan, problems) for one of the sales reps. */
	static String[] report(String username, int daysAgo) {
		String[][] days = "sales".equals(username) ? SALES_DAYS : SALES2_DAYS;
		return days[daysAgo % days.length];
	}
}
