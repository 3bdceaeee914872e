package org.hutong.sales.quote;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A revision's changes as the JSON text of one column: read and written with it, never queried. */
@Converter
class ChangesJson implements AttributeConverter<List<QuoteChange>, String> {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final TypeReference<List<QuoteChange>> CHANGES = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<QuoteChange> changes) {
		return changes == null || changes.isEmpty() ? null : JSON.writeValueAsString(changes);
	}

	@Override
	public List<QuoteChange> convertToEntityAttribute(String text) {
		return text == null || text.isBlank() ? List.of() : List.copyOf(JSON.readValue(text, CHANGES));
	}
}
