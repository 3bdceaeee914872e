package org.hutong.customers.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which customer field each column of the file fills, by column position; {@code null} for a column
 * left out. Kept on the job as text: field names separated by commas, an empty place for a skipped
 * column ({@code NAME,,CREDIT_CODE}).
 */
record ImportMapping(List<ImportField> columns) {

	ImportMapping {
		columns = Collections.unmodifiableList(new ArrayList<>(columns));
	}

	/**
	 * The suggestion for a header row: each header that names a field (by its label in either
	 * language, or an alias) maps to it; a field is suggested for its first such column only.
	 */
	static ImportMapping suggest(List<String> header, Function<ImportField, Set<String>> labels) {
		Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
		List<ImportField> columns = new ArrayList<>();
		for (String name : header) {
			Optional<ImportField> field = Arrays.stream(ImportField.values())
				.filter(candidate -> !taken.contains(candidate))
				.filter(candidate -> candidate.answersTo(name) || labels.apply(candidate).stream()
					.anyMatch(label -> ImportField.key(label).equals(ImportField.key(name))))
				.findFirst();
			field.ifPresent(taken::add);
			columns.add(field.orElse(null));
		}
		return new ImportMapping(columns);
	}

	/** Reads the stored text; unknown names count as skipped columns. */
	static ImportMapping parse(String text, int width) {
		List<ImportField> columns = new ArrayList<>();
		String[] names = text == null ? new String[0] : text.split(",", -1);
		for (int i = 0; i < width; i++) {
			columns.add(i < names.length ? field(names[i]) : null);
		}
		return new ImportMapping(columns);
	}

	static ImportField field(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return ImportField.valueOf(name.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	String text() {
		return String.join(",", columns.stream().map(field -> field == null ? "" : field.name()).toList());
	}

	/** The column a field is mapped to, or -1. */
	int columnOf(ImportField field) {
		return columns.indexOf(field);
	}

	boolean maps(ImportField field) {
		return columns.contains(field);
	}

	/** A field mapped to more than one column, if any. */
	Optional<ImportField> doubled() {
		return columns.stream().filter(field -> field != null)
			.filter(field -> columns.indexOf(field) != columns.lastIndexOf(field))
			.findFirst();
	}
}
