package org.hutong.sales.product;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A product's parameter lines as the JSON text of one column: they are read and written with the
 * product, never queried. Hibernate creates converters itself, hence a plain mapper of its own.
 */
@Converter
class ParametersJson implements AttributeConverter<List<Parameter>, String> {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final TypeReference<List<Parameter>> LINES = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<Parameter> lines) {
		return lines == null || lines.isEmpty() ? null : JSON.writeValueAsString(lines);
	}

	@Override
	public List<Parameter> convertToEntityAttribute(String text) {
		return text == null || text.isBlank() ? List.of() : List.copyOf(JSON.readValue(text, LINES));
	}
}
