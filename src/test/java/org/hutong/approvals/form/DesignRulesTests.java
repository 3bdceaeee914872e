package org.hutong.approvals.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hutong.approvals.form.FieldDefinition.of;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DesignRulesTests {

	static FormDesign design(FieldDefinition... fields) {
		return FormDesign.of("car", "用车", "Car", "car", List.of(fields));
	}

	static List<String> problems(FormDesign design) {
		return DesignRules.check(design, Set.of("customer")).stream().map(problem -> problem.path() + " " + problem.code()).toList();
	}

	@Test
	void theStockFormsAreValidDesigns() {
		StockForms.ALL.forEach(stock -> assertThat(DesignRules.check(stock, Set.of("customer", "project"))).as(stock.key()).isEmpty());
		assertThat(StockForms.ALL).extracting(FormDesign::key)
			.containsExactly("leave", "expense", "purchase", "travel", "seal");
	}

	@Test
	void keysMustBeIdentifiersUniqueInTheirList() {
		FormDesign design = new FormDesign("Car-1", "用车", null, null, null, null, true,
				List.of(of("plate", FieldType.TEXT, "车牌", null), of("plate", FieldType.TEXT, "车牌2", null),
						of("1st", FieldType.TEXT, "第一", null), of("from_city", FieldType.TEXT, "出发", null)),
				null);
		assertThat(problems(design)).containsExactly("key key.invalid", "fields[1].key key.duplicate",
				"fields[2].key key.invalid");
	}

	@Test
	void everyFieldAndOptionHasALabelAndEverySelectItsOptions() {
		FieldDefinition noOptions = of("kind", FieldType.SELECT, "类型", null);
		FieldDefinition badOptions = of("tags", FieldType.MULTI_SELECT, "标签", null)
			.options(FieldOption.of("A", "甲", null), FieldOption.of("A", "乙", null), FieldOption.of("b c", "丙", null),
					new FieldOption("D", null));
		FieldDefinition unlabelled = of("note", FieldType.TEXT, " ", null);
		assertThat(problems(design(noOptions, badOptions, unlabelled))).containsExactly(
				"fields[0].options options.required", "fields[1].options[1].code option.duplicate",
				"fields[1].options[2].code option.invalid", "fields[1].options[3].label label.required",
				"fields[2].label label.required");
	}

	@Test
	void aTableHasColumnsOfPlainTypes() {
		FieldDefinition empty = of("lines", FieldType.TABLE, "明细", null);
		FieldDefinition nested = of("legs", FieldType.TABLE, "行程", null)
			.columns(of("inner", FieldType.TABLE, "内表", null).columns(of("x", FieldType.TEXT, "X", null)),
					of("city", FieldType.TEXT, "城市", null), of("city", FieldType.TEXT, "城市", null));
		assertThat(problems(design(empty, nested))).containsExactly("fields[0].columns columns.required",
				"fields[1].columns[0].type columns.nested", "fields[1].columns[2].key key.duplicate");
	}

	@Test
	void aLinkPointsAtAKnownKindOfRecordAndNeverFromALineTable() {
		FieldDefinition customer = of("customer", FieldType.RECORD, "客户", null).linking("customer");
		FieldDefinition unnamed = of("project", FieldType.RECORD, "项目", null);
		FieldDefinition unknown = of("order", FieldType.RECORD, "订单", null).linking("order");
		FieldDefinition lines = of("lines", FieldType.TABLE, "明细", null)
			.columns(of("who", FieldType.RECORD, "客户", null).linking("customer"));
		assertThat(problems(design(customer, unnamed, unknown, lines))).containsExactly("fields[1].record record.unknown",
				"fields[2].record record.unknown", "fields[3].columns[0].type record.inTable");
	}

	@Test
	void aFieldNeedsATypeAndSensibleLimits() {
		FieldDefinition untyped = of("x", null, "X", null);
		FieldDefinition text = of("title", FieldType.TEXT, "标题", null).maxLength(100_000);
		FieldDefinition number = of("n", FieldType.NUMBER, "数", null).range(9, BigDecimal.TEN, BigDecimal.ONE);
		assertThat(problems(design(untyped, text, number))).containsExactly("fields[0].type type.required",
				"fields[1].maxLength maxLength.invalid", "fields[2].scale scale.invalid", "fields[2].max max.belowMin");
	}

	@Test
	void aComputedFieldReadsADateRangeOrANumericColumn() {
		FieldDefinition lines = of("lines", FieldType.TABLE, "明细", null)
			.columns(of("amount", FieldType.MONEY, "金额", null), of("memo", FieldType.TEXT, "备注", null));
		FieldDefinition period = of("period", FieldType.DATE_RANGE, "期间", null);
		assertThat(problems(design(lines, period, of("total", FieldType.MONEY, "合计", null).derivedFrom("lines.amount"),
				of("days", FieldType.NUMBER, "天数", null).derivedFrom("period"),
				of("product", FieldType.MONEY, "乘积", null).derivedFrom("lines.amount*amount")))).isEmpty();
		assertThat(problems(design(lines, of("p", FieldType.MONEY, "P", null).derivedFrom("lines.amount*memo"))))
			.containsExactly("fields[1].derivedFrom derived.invalid");
		assertThat(problems(design(lines, period, of("a", FieldType.MONEY, "A", null).derivedFrom("lines.memo"),
				of("b", FieldType.TEXT, "B", null).derivedFrom("period"),
				of("c", FieldType.NUMBER, "C", null).derivedFrom("nowhere"),
				of("d", FieldType.MONEY, "D", null).derivedFrom("period")))).containsExactly(
						"fields[2].derivedFrom derived.invalid", "fields[3].derivedFrom derived.invalid",
						"fields[4].derivedFrom derived.invalid", "fields[5].derivedFrom derived.invalid");
	}

	@Test
	void aFormHasANameAndAtLeastOneField() {
		FormDesign design = new FormDesign("car", " ", null, "Car Icon!", null, null, true, List.of(), null);
		assertThat(problems(design)).containsExactly("name required", "icon icon.invalid", "fields fields.required");
	}

	@Test
	void hugeDesignsAreRefusedNotWalked() {
		List<FieldDefinition> many = java.util.stream.IntStream.range(0, 1000)
			.mapToObj(i -> of("f" + i, FieldType.TEXT, "字段" + i, null))
			.toList();
		assertThat(problems(design(many.toArray(FieldDefinition[]::new)))).containsExactly("fields fields.tooMany");
		assertThat(problems(FormDesign.of("car", "用".repeat(51), null, null,
				List.of(of("x", FieldType.TEXT, "X", null))))).containsExactly("name tooLong");
	}
}
