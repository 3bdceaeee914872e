package org.hutong.approvals.form;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A form as the administrator saves it. {@code version} is the one the edit started from (null on
 * create); a stale one is an optimistic-locking conflict.
 */
public record FormDesign(String key, String name, String nameEn, String icon, String description,
		String descriptionEn, boolean enabled, List<FieldDefinition> fields, Long version) {

	public FormDesign {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	/** From JSON: a design that does not say whether it is enabled is. */
	@JsonCreator
	static FormDesign fromJson(@JsonProperty("key") String key, @JsonProperty("name") String name,
			@JsonProperty("nameEn") String nameEn, @JsonProperty("icon") String icon,
			@JsonProperty("description") String description, @JsonProperty("descriptionEn") String descriptionEn,
			@JsonProperty("enabled") Boolean enabled, @JsonProperty("fields") List<FieldDefinition> fields,
			@JsonProperty("version") Long version) {
		return new FormDesign(key, name, nameEn, icon, description, descriptionEn, !Boolean.FALSE.equals(enabled), fields,
				version);
	}

	/** An enabled form without description or version. */
	public static FormDesign of(String key, String name, String nameEn, String icon, List<FieldDefinition> fields) {
		return new FormDesign(key, name, nameEn, icon, null, null, true, fields, null);
	}
}
