package org.hutong.sales.contract;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A list of 回款条款 as the JSON text of one column: read and written whole, never queried. */
@Converter
class TermsJson implements AttributeConverter<List<TermForm>, String> {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final TypeReference<List<TermForm>> TERMS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<TermForm> terms) {
		return JSON.writeValueAsString(terms == null ? List.of() : terms);
	}

	@Override
	public List<TermForm> convertToEntityAttribute(String text) {
		return text == null || text.isBlank() ? List.of() : List.copyOf(JSON.readValue(text, TERMS));
	}
}
