package org.hutong.approvals.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.approvals.form.ScalarValues.Refused;

/**
 * One pass over the raw values of a form: each field read as its type, problems collected by path.
 * A value that is refused is left out of the result, so what comes back is only what is clean.
 */
final class ValueReader {

	private final Directory directory;

	private final Map<String, FormProblem> problems = new LinkedHashMap<>();

	ValueReader(Directory directory) {
		this.directory = directory;
	}

	Map<String, FormProblem> problems() {
		return problems;
	}

	/** The typed values of the fields not computed, by key; blanks are absent. */
	Map<String, Object> fields(String prefix, List<FieldDefinition> fields, Map<?, ?> raw) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (FieldDefinition field : fields) {
			if (field.isDerived()) {
				continue;
			}
			Object value = field(prefix + field.key(), field, raw.get(field.key()));
			if (value != null) {
				values.put(field.key(), value);
			}
		}
		return values;
	}

	/** The typed value, or null when blank or refused (the problem recorded at {@code path}). */
	Object field(String path, FieldDefinition field, Object raw) {
		if (ScalarValues.isBlank(raw)) {
			if (field.required()) {
				problem(path, "required");
			}
			return null;
		}
		try {
			return typed(path, field, raw);
		}
		catch (Refused refused) {
			problem(path, refused.code, refused.args);
			return null;
		}
	}

	private Object typed(String path, FieldDefinition field, Object raw) {
		return switch (field.type()) {
			case TEXT -> ScalarValues.text(raw, limit(field, FieldLimits.TEXT_DEFAULT));
			case LONG_TEXT -> ScalarValues.text(raw, limit(field, FieldLimits.LONG_TEXT_DEFAULT));
			case NUMBER -> ScalarValues.number(raw, field.scale() == null ? 2 : field.scale(), field.min(), field.max());
			case MONEY -> ScalarValues.number(raw, 2, money(field.min()), field.max());
			case DATE -> ScalarValues.date(raw);
			case DATE_RANGE -> range(path, field, raw);
			case SELECT -> ScalarValues.option(raw, field.options());
			case MULTI_SELECT -> options(raw, field.options());
			case PERSON -> known(ScalarValues.id(raw), directory::isPerson, "unknownPerson");
			case DEPARTMENT -> known(ScalarValues.id(raw), directory::isDepartment, "unknownDepartment");
			case ATTACHMENT -> attachments(raw);
			case TABLE -> table(path, field, raw);
			case RECORD -> known(ScalarValues.id(raw), id -> directory.isLinkable(field.record(), id), "unknownRecord");
		};
	}

	private static int limit(FieldDefinition field, int fallback) {
		return field.maxLength() == null ? fallback : field.maxLength();
	}

	/** Money is never below zero, whatever the form says. */
	private static java.math.BigDecimal money(java.math.BigDecimal min) {
		return min == null || min.signum() < 0 ? java.math.BigDecimal.ZERO : min;
	}

	private static Long known(long id, java.util.function.LongPredicate exists, String code) {
		if (!exists.test(id)) {
			throw new Refused(code);
		}
		return id;
	}

	private DateRange range(String path, FieldDefinition field, Object raw) {
		if (!(raw instanceof Map<?, ?> map)) {
			throw new Refused("notDateRange");
		}
		FieldDefinition day = FieldDefinition.of("day", FieldType.DATE, "", "").mandatory();
		Object start = field(path + ".start", day, map.get("start"));
		Object end = field(path + ".end", day, map.get("end"));
		HalfDay startHalf = field.halfDays() ? half(path + ".startHalf", map.get("startHalf"), HalfDay.AM) : null;
		HalfDay endHalf = field.halfDays() ? half(path + ".endHalf", map.get("endHalf"), HalfDay.PM) : null;
		if (start == null || end == null || (field.halfDays() && (startHalf == null || endHalf == null))) {
			return null;
		}
		DateRange range = new DateRange((java.time.LocalDate) start, (java.time.LocalDate) end, startHalf, endHalf);
		boolean backwards = range.end().isBefore(range.start())
				|| (range.end().equals(range.start()) && startHalf == HalfDay.PM && endHalf == HalfDay.AM);
		if (backwards) {
			problem(path + ".end", "endBeforeStart");
			return null;
		}
		return range;
	}

	private HalfDay half(String path, Object raw, HalfDay fallback) {
		if (ScalarValues.isBlank(raw)) {
			return fallback;
		}
		try {
			return ScalarValues.choice(raw, HalfDay.class);
		}
		catch (Refused refused) {
			problem(path, refused.code);
			return null;
		}
	}

	private static List<String> options(Object raw, List<FieldOption> options) {
		List<?> chosen = raw instanceof List<?> list ? list : List.of(raw);
		if (chosen.size() > FieldLimits.CHOICES_MAX) {
			throw new Refused("tooMany", FieldLimits.CHOICES_MAX);
		}
		Set<String> codes = new LinkedHashSet<>();
		for (Object one : chosen) {
			if (!ScalarValues.isBlank(one)) {
				codes.add(ScalarValues.option(one, options));
			}
		}
		return List.copyOf(codes);
	}

	private static List<Attachment> attachments(Object raw) {
		List<?> files = raw instanceof List<?> list ? list : List.of(raw);
		if (files.size() > FieldLimits.ATTACHMENTS_MAX) {
			throw new Refused("tooMany", FieldLimits.ATTACHMENTS_MAX);
		}
		List<Attachment> attachments = new ArrayList<>();
		for (Object file : files) {
			if (!ScalarValues.isBlank(file)) {
				attachments.add(attachment(file));
			}
		}
		return List.copyOf(attachments);
	}

	private static Attachment attachment(Object file) {
		Object id = file instanceof Map<?, ?> map ? map.get("id") : file;
		Object name = file instanceof Map<?, ?> map ? map.get("name") : null;
		if (!(id instanceof String text) || !text.matches("[A-Za-z0-9_.-]{1,64}")) {
			throw new Refused("notAttachment");
		}
		String shown = ScalarValues.isBlank(name) ? text : ScalarValues.text(name, FieldLimits.NAME_MAX);
		return new Attachment(text, shown);
	}

	private List<Map<String, Object>> table(String path, FieldDefinition field, Object raw) {
		if (!(raw instanceof List<?> rows)) {
			throw new Refused("notTable");
		}
		if (rows.size() > FieldLimits.ROWS_MAX) {
			throw new Refused("tooManyRows", FieldLimits.ROWS_MAX);
		}
		List<Map<String, Object>> cleaned = new ArrayList<>();
		boolean refused = false;
		for (int i = 0; i < rows.size(); i++) {
			Object row = rows.get(i);
			if (ScalarValues.isBlank(row)) {
				continue;
			}
			if (!(row instanceof Map<?, ?> cells)) {
				problem(path + "[" + i + "]", "notTable");
				refused = true;
				continue;
			}
			cleaned.add(fields(path + "[" + i + "].", field.columns(), cells));
		}
		if (cleaned.isEmpty() && field.required() && !refused) {
			problem(path, "required");
		}
		return cleaned.isEmpty() ? null : List.copyOf(cleaned);
	}

	private void problem(String path, String code, Object... args) {
		problems.putIfAbsent(path, FormProblem.at(path, code, args));
	}
}
