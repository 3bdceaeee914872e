package org.hutong.approvals.form;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One field of a form, in the order of the form's list. {@code options} belong to selects,
 * {@code columns} to a table; {@code maxLength} to texts; {@code scale}, {@code min}, {@code max} to
 * numbers (money is always scale 2 and never negative); {@code halfDays} to a date range that asks
 * 上午/下午; {@code record} to a link, the kind of record it points at. A field {@code derivedFrom} another
 * is computed on the server and never typed in: a
 * number from a date range is its working days, a number or money from {@code table.column} is
 * that column's total.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldDefinition(String key, FieldType type, Label label, boolean required, Label help,
		List<FieldOption> options, List<FieldDefinition> columns, Integer maxLength, Integer scale, BigDecimal min,
		BigDecimal max, boolean halfDays, String derivedFrom, String record) {

	public FieldDefinition {
		options = options == null ? List.of() : List.copyOf(options);
		columns = columns == null ? List.of() : List.copyOf(columns);
	}

	/** From JSON, where an API client or an older definition may leave the flags out: absent is false. */
	@JsonCreator
	static FieldDefinition fromJson(@JsonProperty("key") String key, @JsonProperty("type") FieldType type,
			@JsonProperty("label") Label label, @JsonProperty("required") Boolean required,
			@JsonProperty("help") Label help, @JsonProperty("options") List<FieldOption> options,
			@JsonProperty("columns") List<FieldDefinition> columns, @JsonProperty("maxLength") Integer maxLength,
			@JsonProperty("scale") Integer scale, @JsonProperty("min") BigDecimal min, @JsonProperty("max") BigDecimal max,
			@JsonProperty("halfDays") Boolean halfDays, @JsonProperty("derivedFrom") String derivedFrom,
			@JsonProperty("record") String record) {
		return new FieldDefinition(key, type, label, Boolean.TRUE.equals(required), help, options, columns, maxLength,
				scale, min, max, Boolean.TRUE.equals(halfDays), derivedFrom, record);
	}

	public static FieldDefinition of(String key, FieldType type, String zh, String en) {
		return new FieldDefinition(key, type, Label.of(zh, en), false, null, null, null, null, null, null, null, false,
				null, null);
	}

	public FieldDefinition mandatory() {
		return new FieldDefinition(key, type, label, true, help, options, columns, maxLength, scale, min, max, halfDays,
				derivedFrom, record);
	}

	public FieldDefinition help(String zh, String en) {
		return new FieldDefinition(key, type, label, required, Label.of(zh, en), options, columns, maxLength, scale, min,
				max, halfDays, derivedFrom, record);
	}

	public FieldDefinition options(FieldOption... choices) {
		return new FieldDefinition(key, type, label, required, help, List.of(choices), columns, maxLength, scale, min,
				max, halfDays, derivedFrom, record);
	}

	public FieldDefinition columns(FieldDefinition... fields) {
		return new FieldDefinition(key, type, label, required, help, options, List.of(fields), maxLength, scale, min,
				max, halfDays, derivedFrom, record);
	}

	public FieldDefinition maxLength(int length) {
		return new FieldDefinition(key, type, label, required, help, options, columns, length, scale, min, max, halfDays,
				derivedFrom, record);
	}

	/** A number with {@code decimals} places between {@code lowest} and {@code highest} (either may be null). */
	public FieldDefinition range(int decimals, BigDecimal lowest, BigDecimal highest) {
		return new FieldDefinition(key, type, label, required, help, options, columns, maxLength, decimals, lowest,
				highest, halfDays, derivedFrom, record);
	}

	public FieldDefinition withHalfDays() {
		return new FieldDefinition(key, type, label, required, help, options, columns, maxLength, scale, min, max, true,
				derivedFrom, record);
	}

	public FieldDefinition derivedFrom(String source) {
		return new FieldDefinition(key, type, label, required, help, options, columns, maxLength, scale, min, max,
				halfDays, source, record);
	}

	/** A link to a record of this kind (a {@link FieldType#RECORD} field): {@code customer}. */
	public FieldDefinition linking(String kind) {
		return new FieldDefinition(key, type, label, required, help, options, columns, maxLength, scale, min, max,
				halfDays, derivedFrom, kind);
	}

	@JsonIgnore
	public boolean isDerived() {
		return derivedFrom != null && !derivedFrom.isBlank();
	}

	/** The column of a table field with that key, if any. */
	public java.util.Optional<FieldDefinition> column(String columnKey) {
		return columns.stream().filter(column -> column.key().equals(columnKey)).findFirst();
	}
}
