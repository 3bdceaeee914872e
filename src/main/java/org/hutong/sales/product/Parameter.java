package org.hutong.sales.product;

import jakarta.validation.constraints.Size;

/** One technical parameter line: 额定电压 · 12 kV. */
public record Parameter(@Size(max = Parameter.NAME_LENGTH, message = "{product.parameter.tooLong}") String name,
		@Size(max = Parameter.VALUE_LENGTH, message = "{product.parameter.tooLong}") String value) {

	static final int NAME_LENGTH = 30;

	static final int VALUE_LENGTH = 60;

	public Parameter {
		name = name == null ? null : name.strip();
		value = value == null ? null : value.strip();
	}

	boolean blank() {
		return (name == null || name.isEmpty()) && (value == null || value.isEmpty());
	}
}
