package org.hutong.approvals.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hutong.approvals.form.StockForms;

/**
 * What the demo's people ask for: expense claims small and large, short and long leave, purchases,
 * trips and seals, by the sales team, R&D and finance. Dates are fixed days in 2026, so the demo reads
 * the same on every start.
 */
final class DemoSamples {

	/** One request to make: on which flow, by whom, titled how, with the raw form values. */
	record Sample(String flowKey, String submitter, String title, Map<String, Object> values) {
	}

	static final int FLOWS = 5;

	private static final String[] SUBMITTERS = { "sales", "sales2", "rd", "finance", "manager" };

	private static final String[] COMMENTS = { "同意", "情况属实，同意", "请按制度执行", "已核对", "可以" };

	private DemoSamples() {
	}

	static String comment(long seed) {
		return COMMENTS[(int) (seed % COMMENTS.length)];
	}

	/** Thirty requests, the flows and people taking turns. */
	static List<Sample> all() {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String who = SUBMITTERS[(i / FLOWS + 2 * (i % FLOWS)) % SUBMITTERS.length];
			int day = 1 + i % 27;
			samples.add(switch (i % FLOWS) {
				case 0 -> expense(who, i % 2 == 0 ? "8600.00" : "1280.50", day);
				case 1 -> leave(who, i % 3 == 0);
				case 2 -> purchase(who, day);
				case 3 -> travel(who, day);
				default -> seal(who, day);
			});
		}
		return samples;
	}

	private static String date(int day) {
		return String.format("2026-11-%02d", day);
	}

	private static Sample expense(String who, String amount, int day) {
		return new Sample(StockForms.EXPENSE, who, "差旅报销 " + amount + " 元", Map.of(
				"lines", List.of(Map.of("category", "TRAVEL", "date", date(day), "amount", amount, "note", "郑州—许昌往返")),
				"reason", "拜访许昌供电公司"));
	}

	/** A week of annual leave (Monday to Friday, five working days) or one weekday off. */
	private static Sample leave(String who, boolean week) {
		return new Sample(StockForms.LEAVE, who, week ? "年假 5 天" : "事假 1 天", Map.of(
				"type", week ? "ANNUAL" : "PERSONAL",
				"period", Map.of("start", date(week ? 16 : 17), "end", date(week ? 20 : 17)),
				"reason", week ? "回老家探亲" : "家中有事"));
	}

	private static Sample purchase(String who, int day) {
		return new Sample(StockForms.PURCHASE, who, "采购测试仪器", Map.of(
				"items", List.of(Map.of("name", "绝缘电阻测试仪", "spec", "ZC-7", "quantity", "2", "unit", "台", "price", "1450.00")),
				"supplier", "许昌仪表厂", "neededBy", date(day), "reason", "现场调试需要"));
	}

	private static Sample travel(String who, int day) {
		return new Sample(StockForms.TRAVEL, who, "出差洛阳", Map.of("destination", "洛阳",
				"dates", Map.of("start", date(day), "end", date(day)), "purpose", "洛阳供电公司开关柜验收",
				"estimatedCost", "900.00"));
	}

	private static Sample seal(String who, int day) {
		return new Sample(StockForms.SEAL, who, "合同用印", Map.of("sealType", "CONTRACT", "document",
				"许昌供电公司开关柜采购合同（" + date(day) + "）", "copies", "2"));
	}
}
