package org.hutong.approvals.form;

/** What a form field holds; its value is checked and typed by {@link FormValues}. */
public enum FieldType {

	TEXT, LONG_TEXT, NUMBER, MONEY, DATE, DATE_RANGE, SELECT, MULTI_SELECT, PERSON, DEPARTMENT, ATTACHMENT,
	/** A line table whose columns are fields of the other types. */
	TABLE,
	/** A link to another module's record (a customer), by id; its kind is the field's {@code record}. */
	RECORD;

	/** Types whose field may be computed from others ({@link FieldDefinition#derivedFrom()}). */
	boolean isNumeric() {
		return this == NUMBER || this == MONEY;
	}

	boolean hasOptions() {
		return this == SELECT || this == MULTI_SELECT;
	}
}
