package org.hutong.approvals.form;

import java.util.List;

/**
 * A form as the administrator saves it. {@code version} is the one the edit started from (null on
 * create); a stale one is an optimistic-locking conflict.
 */
public record FormDesign(String key, String name, String nameEn, String icon, String description,
		String descriptionEn, boolean enabled, List<FieldDefinition> fields, Long version) {

	public FormDesign {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	/** An enabled form without description or version. */
	public static FormDesign of(String key, String name, String nameEn, String icon, List<FieldDefinition> fields) {
		return new FormDesign(key, name, nameEn, icon, null, null, true, fields, null);
	}
}
