package org.hutong.approvals.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a form definition usable: a key like {@code expense} or {@code travelCost}, a name,
 * labelled fields with keys unique in their form (or table), selects with options, tables with
 * columns of plain types, limits that make sense, computed fields that point at something they can
 * compute from. Answers every problem at once so the designer shows them together.
 */
final class DesignRules {

	static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");

	static final Pattern OPTION_CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");

	static final Pattern ICON = Pattern.compile("[a-z0-9-]{1,30}");

	static final int MAX_FIELDS = 60;

	static final int MAX_COLUMNS = 20;

	static final int MAX_OPTIONS = 100;

	static final int LABEL_LENGTH = 50;

	private final List<FormProblem> problems = new ArrayList<>();

	/** The kinds of record a link field may point at. */
	private final Set<String> kinds;

	private DesignRules(Set<String> kinds) {
		this.kinds = kinds;
	}

	static List<FormProblem> check(FormDesign design, Set<String> kinds) {
		DesignRules rules = new DesignRules(kinds);
		rules.form(design);
		return List.copyOf(rules.problems);
	}

	private void form(FormDesign design) {
		if (design.key() == null || !KEY.matcher(design.key()).matches()) {
			problem("key", "key.invalid");
		}
		text("name", design.name(), true, LABEL_LENGTH);
		text("nameEn", design.nameEn(), false, LABEL_LENGTH);
		text("description", design.description(), false, 200);
		text("descriptionEn", design.descriptionEn(), false, 200);
		if (design.icon() != null && !design.icon().isBlank() && !ICON.matcher(design.icon()).matches()) {
			problem("icon", "icon.invalid");
		}
		if (design.fields().isEmpty()) {
			problem("fields", "fields.required");
		}
		if (design.fields().size() > MAX_FIELDS) {
			problem("fields", "fields.tooMany", MAX_FIELDS);
			return;
		}
		fields("fields", design.fields(), false);
		derivations(design.fields());
	}

	private void fields(String path, List<FieldDefinition> fields, boolean inTable) {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < fields.size(); i++) {
			FieldDefinition field = fields.get(i);
			String at = path + "[" + i + "]";
			if (field == null) {
				problem(at, "type.required");
				continue;
			}
			if (field.key() == null || !KEY.matcher(field.key()).matches()) {
				problem(at + ".key", "key.invalid");
			}
			else if (!keys.add(field.key())) {
				problem(at + ".key", "key.duplicate", field.key());
			}
			field(at, field, inTable);
		}
	}

	private void field(String at, FieldDefinition field, boolean inTable) {
		label(at + ".label", field.label(), true);
		label(at + ".help", field.help(), false);
		if (field.type() == null) {
			problem(at + ".type", "type.required");
			return;
		}
		if (field.type().hasOptions()) {
			options(at + ".options", field.options());
		}
		if (field.type() == FieldType.TABLE) {
			table(at, field, inTable);
		}
		// a link is one record per form: in a line table each cell would be a lookup of its own
		if (field.type() == FieldType.RECORD && inTable) {
			problem(at + ".type", "record.inTable");
		}
		else if (field.type() == FieldType.RECORD && (field.record() == null || !kinds.contains(field.record()))) {
			problem(at + ".record", "record.unknown");
		}
		limits(at, field);
	}

	private void table(String at, FieldDefinition field, boolean inTable) {
		if (inTable) {
			problem(at + ".type", "columns.nested");
		}
		else if (field.columns().isEmpty()) {
			problem(at + ".columns", "columns.required");
		}
		else if (field.columns().size() > MAX_COLUMNS) {
			problem(at + ".columns", "columns.tooMany", MAX_COLUMNS);
		}
		else {
			fields(at + ".columns", field.columns(), true);
		}
	}

	private void options(String at, List<FieldOption> options) {
		if (options.isEmpty() || options.size() > MAX_OPTIONS) {
			problem(at, "options.required", MAX_OPTIONS);
			return;
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < options.size(); i++) {
			FieldOption option = options.get(i);
			if (option == null || option.code() == null || !OPTION_CODE.matcher(option.code()).matches()) {
				problem(at + "[" + i + "].code", "option.invalid");
				continue;
			}
			if (!codes.add(option.code())) {
				problem(at + "[" + i + "].code", "option.duplicate", option.code());
			}
			label(at + "[" + i + "].label", option.label(), true);
		}
	}

	private void limits(String at, FieldDefinition field) {
		Integer length = field.maxLength();
		int ceiling = field.type() == FieldType.LONG_TEXT ? FieldLimits.LONG_TEXT_MAX : FieldLimits.TEXT_MAX;
		if (length != null && (length < 1 || length > ceiling)) {
			problem(at + ".maxLength", "maxLength.invalid", ceiling);
		}
		Integer scale = field.scale();
		if (scale != null && (scale < 0 || scale > 4)) {
			problem(at + ".scale", "scale.invalid");
		}
		if (field.min() != null && field.max() != null && field.min().compareTo(field.max()) > 0) {
			problem(at + ".max", "max.belowMin");
		}
	}

	/**
	 * A computed field reads a date range (working days), a numeric column of a table (its total), or
	 * the product of two numeric columns summed over the rows ({@code items.quantity*price}).
	 */
	private void derivations(List<FieldDefinition> fields) {
		for (int i = 0; i < fields.size(); i++) {
			FieldDefinition field = fields.get(i);
			if (field != null && field.isDerived() && !derivable(field, fields)) {
				problem("fields[" + i + "].derivedFrom", "derived.invalid");
			}
		}
	}

	private static boolean derivable(FieldDefinition field, List<FieldDefinition> fields) {
		if (field.type() == null || !field.type().isNumeric()) {
			return false;
		}
		String[] parts = field.derivedFrom().split("\\.", -1);
		Optional<FieldDefinition> source = fields.stream()
			.filter(other -> other != null && parts[0].equals(other.key()))
			.findFirst();
		if (parts.length == 1) {
			return source.filter(other -> other.type() == FieldType.DATE_RANGE).isPresent()
					&& field.type() == FieldType.NUMBER;
		}
		if (parts.length != 2 || source.filter(other -> other.type() == FieldType.TABLE).isEmpty()) {
			return false;
		}
		String[] factors = parts[1].split("\\*", -1);
		return factors.length <= 2 && Arrays.stream(factors)
			.allMatch(name -> source.get().column(name).filter(c -> c.type() != null && c.type().isNumeric()).isPresent());
	}

	private void label(String at, Label label, boolean required) {
		if (label == null || label.isBlank()) {
			if (required) {
				problem(at, "label.required");
			}
			return;
		}
		text(at, label.zh(), true, required ? LABEL_LENGTH : 200);
		text(at, label.en(), false, required ? LABEL_LENGTH : 200);
	}

	private void text(String at, String text, boolean required, int max) {
		if (text == null || text.isBlank()) {
			if (required) {
				problem(at, "required");
			}
		}
		else if (text.length() > max) {
			problem(at, "tooLong", max);
		}
	}

	private void problem(String path, String code, Object... args) {
		problems.add(FormProblem.at(path, code, args));
	}
}
