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
}
