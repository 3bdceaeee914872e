package org.hutong.approvals.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldsJsonTests {

	final FieldsJson json = new FieldsJson();

	@Test
	void everyStockFormSurvivesTheColumnUnchanged() {
		for (FormDesign stock : StockForms.ALL) {
			String text = json.convertToDatabaseColumn(stock.fields());
			assertThat(json.convertToEntityAttribute(text)).as(stock.key()).isEqualTo(stock.fields());
		}
	}

	@Test
	void theJsonHoldsOnlyWhatTheDefinitionSays() {
		String text = json.convertToDatabaseColumn(StockForms.design("leave").orElseThrow().fields());
		assertThat(text).contains("\"key\":\"days\"", "\"derivedFrom\":\"period\"", "\"zh\":\"请假类型\"")
			.doesNotContain("\"derived\"", "null", "\"columns\":[]");
	}

	@Test
	void anEmptyColumnIsNoFields() {
		assertThat(json.convertToEntityAttribute("")).isEmpty();
		assertThat(json.convertToEntityAttribute("[{\"key\":\"x\",\"type\":\"TEXT\",\"label\":{\"zh\":\"X\"},\"later\":1}]"))
			.extracting(FieldDefinition::key).containsExactly("x");
	}

	@Test
	void aDesignSentToTheApiMayLeaveTheFlagsOut() {
		FormDesign design = tools.jackson.databind.json.JsonMapper.builder().build().readValue("""
				{"key":"car","name":"用车","fields":[
				  {"key":"plate","type":"TEXT","label":{"zh":"车牌","en":"Plate"}},
				  {"key":"trip","type":"DATE_RANGE","label":{"zh":"行程"},"required":true}]}""", FormDesign.class);
		assertThat(design.enabled()).isTrue();
		assertThat(design.fields()).extracting(FieldDefinition::required).containsExactly(false, true);
		assertThat(design.fields().get(0).label().in(java.util.Locale.ENGLISH)).isEqualTo("Plate");
		assertThat(DesignRules.check(design, java.util.Set.of("customer"))).isEmpty();
	}
}
