package org.hutong.approvals.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hutong.approvals.form.FieldDefinition.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Values checked against definitions without the database: people 1 and 2 and department 10 exist,
 * and customer 7 is one the user may link.
 */
class FormCheckTests {

	static final Directory DIRECTORY = new Directory() {

		@Override
		public boolean isPerson(long id) {
			return Set.of(1L, 2L).contains(id);
		}

		@Override
		public boolean isDepartment(long id) {
			return id == 10L;
		}

		@Override
		public boolean isLinkable(String kind, long id) {
			return "customer".equals(kind) && id == 7L;
		}
	};

	static final List<FieldDefinition> FIELDS = List.of(of("title", FieldType.TEXT, "标题", "Title").mandatory(),
			of("memo", FieldType.LONG_TEXT, "备注", null).maxLength(20),
			of("count", FieldType.NUMBER, "数量", null).range(0, BigDecimal.ONE, new BigDecimal("100")),
			of("amount", FieldType.MONEY, "金额", null), of("on", FieldType.DATE, "日期", null),
			of("trip", FieldType.DATE_RANGE, "行程", null),
			of("kind", FieldType.SELECT, "类型", null).options(FieldOption.of("A", "甲", "A"), FieldOption.of("B", "乙", "B")),
			of("tags", FieldType.MULTI_SELECT, "标签", null)
				.options(FieldOption.of("X", "X", null), FieldOption.of("Y", "Y", null)),
			of("who", FieldType.PERSON, "人员", null), of("unit", FieldType.DEPARTMENT, "部门", null),
			of("files", FieldType.ATTACHMENT, "附件", null));

	static FormCheck check(Map<String, ?> raw) {
		return FormValues.check(FIELDS, raw, DIRECTORY);
	}

	static FormCheck check(List<FieldDefinition> fields, Map<String, ?> raw) {
		return FormValues.check(fields, raw, DIRECTORY);
	}

	static Map<String, String> codes(FormCheck check) {
		Map<String, String> codes = new HashMap<>();
		check.problems().forEach((path, problem) -> codes.put(path, problem.code()));
		return codes;
	}

	@Test
	void cleanValuesComeBackTyped() {
		Map<String, Object> raw = new HashMap<>();
		raw.put("title", "  出差用车  ");
		raw.put("memo", "回程");
		raw.put("count", "3");
		raw.put("amount", 12.5);
		raw.put("on", "2026-12-03");
		raw.put("trip", Map.of("start", "2026-12-04", "end", "2026-12-07"));
		raw.put("kind", "B");
		raw.put("tags", List.of("Y", "X", "Y"));
		raw.put("who", 2);
		raw.put("unit", "10");
		raw.put("files", List.of("f1", Map.of("id", "f2", "name", "发票.jpg")));
		FormCheck check = check(raw);
		assertThat(check.problems()).isEmpty();
		assertThat(check.values()).containsEntry("title", "出差用车")
			.containsEntry("count", new BigDecimal("3"))
			.containsEntry("amount", new BigDecimal("12.50"))
			.containsEntry("on", LocalDate.of(2026, 12, 3))
			.containsEntry("trip", new DateRange(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7), null, null))
			.containsEntry("kind", "B")
			.containsEntry("tags", List.of("Y", "X"))
			.containsEntry("who", 2L)
			.containsEntry("unit", 10L)
			.containsEntry("files", List.of(new Attachment("f1", "f1"), new Attachment("f2", "发票.jpg")));
		assertThat(((BigDecimal) check.values().get("amount")).scale()).isEqualTo(2);
	}

	@Test
	void aPurchaseTotalIsQuantityTimesPriceOverTheRowsThatHaveBoth() {
		List<FieldDefinition> purchase = StockForms.ALL.stream().filter(f -> f.key().equals(StockForms.PURCHASE))
			.findFirst().orElseThrow().fields();
		FormCheck check = check(purchase, Map.of("neededBy", "2026-12-20", "items", List.of(
				Map.of("name", "断路器", "quantity", "3", "price", "1250.50"),
				Map.of("name", "母排", "quantity", "2.5", "price", "80"),
				Map.of("name", "未报价", "quantity", "4"))));
		assertThat(check.problems()).isEmpty();
		assertThat(check.values()).containsEntry("total", new BigDecimal("3951.50"));
	}

	@Test
	void storedValuesCheckAgainToTheSameValues() {
		FormCheck first = check(Map.of("title", "T", "amount", "1,234.5", "trip",
				Map.of("start", "2026-12-04", "end", "2026-12-04"), "files", List.of("a")));
		assertThat(first.storable()).containsEntry("amount", "1234.50")
			.containsEntry("trip", Map.of("start", "2026-12-04", "end", "2026-12-04"));
		assertThat(check(first.storable()).values()).isEqualTo(first.values());
	}

	@Test
	void aMissingRequiredFieldIsNamedAndBlanksAreLeftOut() {
		FormCheck check = check(Map.of("title", "   ", "memo", "", "tags", List.of()));
		assertThat(codes(check)).containsExactly(Map.entry("title", "required"));
		assertThat(check.values()).isEmpty();
		assertThat(codes(check(null))).containsExactly(Map.entry("title", "required"));
	}

	@Test
	void hostileValuesAreProblemsNotExceptions() {
		Map<String, Object> raw = new HashMap<>();
		raw.put("title", Map.of("$ne", 1));
		raw.put("memo", "长".repeat(1_000_000));
		raw.put("count", "1e999999999");
		raw.put("amount", "-0.01");
		raw.put("on", "+999999999-12-31");
		raw.put("trip", "2026-12-01");
		raw.put("kind", "甲");
		raw.put("tags", List.of("X", Map.of("code", "X")));
		raw.put("who", 3);
		raw.put("unit", "10 OR 1=1");
		raw.put("files", List.of("../../etc/passwd"));
		assertThat(codes(check(raw))).containsOnly(Map.entry("title", "notText"), Map.entry("memo", "tooLong"),
				Map.entry("count", "notNumber"), Map.entry("amount", "negative"), Map.entry("on", "notDate"),
				Map.entry("trip", "notDateRange"), Map.entry("kind", "unknownOption"), Map.entry("tags", "unknownOption"),
				Map.entry("who", "unknownPerson"), Map.entry("unit", "notId"), Map.entry("files", "notAttachment"));
	}

	@Test
	void numbersKeepToTheirDefinition() {
		assertThat(codes(check(Map.of("title", "T", "count", "2.5")))).containsEntry("count", "notInteger");
		assertThat(codes(check(Map.of("title", "T", "count", 0)))).containsEntry("count", "belowMin");
		assertThat(codes(check(Map.of("title", "T", "count", 101)))).containsEntry("count", "aboveMax");
		assertThat(codes(check(Map.of("title", "T", "count", true)))).containsEntry("count", "notNumber");
		assertThat(codes(check(Map.of("title", "T", "amount", Double.NaN)))).containsEntry("amount", "notNumber");
		assertThat(codes(check(Map.of("title", "T", "amount", "0.001")))).containsEntry("amount", "tooManyDecimals");
		assertThat(codes(check(Map.of("title", "T", "amount", "9".repeat(40))))).containsEntry("amount", "tooLarge");
		assertThat(codes(check(Map.of("title", "T", "amount", "abc")))).containsEntry("amount", "notNumber");
		assertThat(check(Map.of("title", "T", "amount", "0")).values()).containsEntry("amount", new BigDecimal("0.00"));
	}

	@Test
	void datesAndRangesMustBeRealAndInOrder() {
		assertThat(codes(check(Map.of("title", "T", "on", "2026-02-30")))).containsEntry("on", "notDate");
		assertThat(codes(check(Map.of("title", "T", "on", "03/12/2026")))).containsEntry("on", "notDate");
		assertThat(codes(check(Map.of("title", "T", "trip", Map.of("start", "2026-12-07", "end", "2026-12-04")))))
			.containsEntry("trip.end", "endBeforeStart");
		assertThat(codes(check(Map.of("title", "T", "trip", Map.of("start", "2026-12-07")))))
			.containsEntry("trip.end", "required");
	}

	@Test
	void aLeaveComputesItsWorkingDaysFromItsHalfDays() {
		List<FieldDefinition> leave = StockForms.design("leave").orElseThrow().fields();
		Map<String, Object> raw = Map.of("type", "ANNUAL", "reason", "回家", "days", "99", "period",
				Map.of("start", "2026-12-04", "startHalf", "PM", "end", "2026-12-08", "endHalf", "AM"));
		FormCheck check = check(leave, raw);
		assertThat(check.problems()).isEmpty();
		// Fri afternoon, Mon, Tue morning — what was sent for the computed field is ignored
		assertThat(check.values().get("days")).isEqualTo(new BigDecimal("2.0"));
		assertThat(codes(check(leave, Map.of("type", "ANNUAL", "reason", "x", "period",
				Map.of("start", "2026-12-04", "startHalf", "PM", "end", "2026-12-04", "endHalf", "AM")))))
			.containsExactly(Map.entry("period.end", "endBeforeStart"));
		assertThat(codes(check(leave, Map.of("type", "ANNUAL", "reason", "x", "period",
				Map.of("start", "2026-12-04", "startHalf", "NIGHT", "end", "2026-12-04")))))
			.containsExactly(Map.entry("period.startHalf", "unknownOption"));
	}

	@Test
	void anExpenseChecksEachLineByPathAndAddsUpTheTotal() {
		List<FieldDefinition> expense = StockForms.design("expense").orElseThrow().fields();
		List<Map<String, Object>> lines = List.of(
				Map.of("category", "TRAVEL", "date", "2026-12-01", "amount", "1200.5", "receipts", List.of("p1")),
				Map.of(), Map.of("category", "MEALS", "date", "2026-12-02", "amount", 88));
		FormCheck check = check(expense, Map.of("lines", lines, "total", "1"));
		assertThat(check.problems()).isEmpty();
		assertThat(check.values().get("total")).isEqualTo(new BigDecimal("1288.50"));
		assertThat(((List<?>) check.values().get("lines"))).hasSize(2);
		List<Map<String, Object>> bad = List.of(Map.of("category", "TRAVEL", "date", "2026-12-01", "amount", "1"),
				Map.of("category", "SPA", "date", "x", "amount", "-5"), Map.of("amount", "2"));
		assertThat(codes(check(expense, Map.of("lines", bad, "customer", "-3")))).containsOnly(
				Map.entry("lines[1].category", "unknownOption"), Map.entry("lines[1].date", "notDate"),
				Map.entry("lines[1].amount", "negative"), Map.entry("lines[2].category", "required"),
				Map.entry("lines[2].date", "required"), Map.entry("customer", "notId"));
		assertThat(codes(check(expense, Map.of("lines", lines, "customer", "8")))).containsExactly(
				Map.entry("customer", "unknownRecord"));
		assertThat(check(expense, Map.of("lines", lines, "customer", "7")).values()).containsEntry("customer", 7L);
		assertThat(codes(check(expense, Map.of("lines", List.of(Map.of()))))).containsExactly(
				Map.entry("lines", "required"));
		assertThat(codes(check(expense, Map.of("lines", "all of them")))).containsExactly(Map.entry("lines", "notTable"));
		assertThat(codes(check(expense, Map.of("lines", List.of("x"))))).containsExactly(
				Map.entry("lines[0]", "notTable"));
	}

	@Test
	void hugeTablesAndChoicesAreRefusedWhole() {
		List<FieldDefinition> expense = StockForms.design("expense").orElseThrow().fields();
		List<Map<String, Object>> many = java.util.Collections.nCopies(100_000, Map.of("amount", "1"));
		assertThat(codes(check(expense, Map.of("lines", many)))).containsExactly(Map.entry("lines", "tooManyRows"));
		assertThat(codes(check(Map.of("title", "T", "tags", java.util.Collections.nCopies(1000, "X")))))
			.containsExactly(Map.entry("tags", "tooMany"));
	}

	@Test
	void aSealNeedsAtLeastOneCopy() {
		List<FieldDefinition> seal = StockForms.design("seal").orElseThrow().fields();
		Map<String, Object> raw = new HashMap<>(Map.of("sealType", "CONTRACT", "document", "销售合同", "copies", "0"));
		assertThat(codes(check(seal, raw))).containsExactly(Map.entry("copies", "belowMin"));
		raw.put("copies", "2");
		assertThat(check(seal, raw).values()).containsEntry("copies", new BigDecimal("2"));
	}

	@Test
	void conditionsReadTypedValuesAndNothingFromMissingOrMalformedOnes() {
		FormDefinition expense = new FormDefinition(StockForms.design("expense").orElseThrow(), true,
				java.time.Instant.parse("2026-12-03T02:00:00Z"));
		Map<String, Object> stored = check(expense.getFields(), Map.of("lines",
				List.of(Map.of("category", "TRAVEL", "date", "2026-12-01", "amount", "50000")))).storable();
		assertThat(FormValues.conditionValue(expense, stored, "total")).hasValueSatisfying(
				total -> assertThat((BigDecimal) total).isEqualByComparingTo("50000"));
		assertThat(FormValues.conditionValue(expense, Map.of("total", "lots"), "total")).isEmpty();
		assertThat(FormValues.conditionValue(expense, Map.of("total", List.of(1, 2)), "total")).isEmpty();
		assertThat(FormValues.conditionValue(expense, Map.of(), "total")).isEmpty();
		assertThat(FormValues.conditionValue(expense, null, "total")).isEmpty();
		assertThat(FormValues.conditionValue(expense, stored, "nothing")).isEmpty();
		assertThat(FormValues.conditionValue(expense, stored, "lines")).isEmpty();
		assertThat(FormValues.conditionValue(expense, Map.of("customer", "42"), "customer")).contains(42L);
	}

	@Test
	void conditionsReadSelectsPeopleDatesAndLeaveDays() {
		FormDefinition form = new FormDefinition(FormDesign.of("car", "用车", null, null, FIELDS), false,
				java.time.Instant.parse("2026-12-03T02:00:00Z"));
		Map<String, Object> values = Map.of("kind", "A", "tags", List.of("X", "Y"), "who", "2", "on", "2026-12-03", "trip",
				Map.of("start", "2026-12-04", "end", "2026-12-07"));
		assertThat(FormValues.conditionValue(form, values, "kind")).contains("A");
		assertThat(FormValues.conditionValue(form, Map.of("kind", "Z"), "kind")).isEmpty();
		assertThat(FormValues.conditionValue(form, values, "tags")).contains(List.of("X", "Y"));
		assertThat(FormValues.conditionValue(form, values, "who")).contains(2L);
		assertThat(FormValues.conditionValue(form, values, "on")).contains("2026-12-03");
		assertThat(FormValues.conditionValue(form, values, "trip")).hasValueSatisfying(
				days -> assertThat((BigDecimal) days).isEqualByComparingTo("2"));
	}

	@Test
	void pageParametersTakeTheShapeOfJson() {
		Map<String, String[]> parameters = new java.util.LinkedHashMap<>();
		parameters.put("_csrf", new String[] { "token" });
		parameters.put("title", new String[] { "T" });
		parameters.put("tags", new String[] { "X", "Y" });
		parameters.put("trip.start", new String[] { "2026-12-04" });
		parameters.put("trip.end", new String[] { "2026-12-05" });
		parameters.put("lines[1].amount", new String[] { "3" });
		parameters.put("lines[99999].amount", new String[] { "3" });
		parameters.put("title.x", new String[] { "clash" });
		Map<String, Object> raw = FormInput.fromParameters(parameters);
		assertThat(raw).containsOnlyKeys("title", "tags", "trip", "lines")
			.containsEntry("tags", List.of("X", "Y"))
			.containsEntry("trip", Map.of("start", "2026-12-04", "end", "2026-12-05"))
			.containsEntry("lines", List.of(Map.of(), Map.of("amount", "3")));
		assertThat(check(raw).problems()).isEmpty();
	}
}
