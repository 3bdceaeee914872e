package org.hutong.approvals.form;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form's fields as the JSON text of its {@code fields} column. Hibernate creates converters
 * itself, so this one keeps its own plain Jackson 3 mapper: the definitions are records of strings,
 * numbers and lists that need none of the application's mapper settings.
 */
@Converter
class FieldsJson implements AttributeConverter<List<FieldDefinition>, String> {

	/** Tolerant of what older or hand-written definitions leave out (a missing flag is false) or add. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final TypeReference<List<FieldDefinition>> FIELDS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<FieldDefinition> fields) {
		return JSON.writeValueAsString(fields == null ? List.of() : fields);
	}

	@Override
	public List<FieldDefinition> convertToEntityAttribute(String text) {
		return text == null || text.isBlank() ? List.of() : List.copyOf(JSON.readValue(text, FIELDS));
	}
}
