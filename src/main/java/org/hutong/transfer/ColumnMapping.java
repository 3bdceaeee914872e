package org.hutong.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which field each column of the file fills, by column position; {@code null} for a column left
 * out. Kept on the job as text: field names separated by commas, an empty place for a skipped
 * column ({@code NAME,,CREDIT_CODE}). Each subject gives its own field enum.
 */
public class ColumnMapping<F extends Enum<F> & ImportColumn> {

	private final List<F> columns;

	public ColumnMapping(List<F> columns) {
		this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
	}

	/**
	 * The suggestion for a header row: each header that names a field (by its label in either
	 * language, or an alias) maps to it; a field is suggested for its first such column only.
	 */
	public static <F extends Enum<F> & ImportColumn> List<F> suggest(Class<F> fields, List<String> header,
			Function<F, Set<String>> labels) {
		Set<F> taken = EnumSet.noneOf(fields);
		List<F> columns = new ArrayList<>();
		for (String name : header) {
			Optional<F> field = Arrays.stream(fields.getEnumConstants())
				.filter(candidate -> !taken.contains(candidate))
				.filter(candidate -> candidate.answersTo(name) || labels.apply(candidate).stream()
					.anyMatch(label -> ImportColumn.key(label).equals(ImportColumn.key(name))))
				.findFirst();
			field.ifPresent(taken::add);
			columns.add(field.orElse(null));
		}
		return columns;
	}

	/** Reads the stored text; unknown names count as skipped columns. */
	public static <F extends Enum<F> & ImportColumn> List<F> parse(Class<F> fields, String text, int width) {
		List<F> columns = new ArrayList<>();
		String[] names = text == null ? new String[0] : text.split(",", -1);
		for (int i = 0; i < width; i++) {
			columns.add(i < names.length ? field(fields, names[i]) : null);
		}
		return columns;
	}

	/** The field of that name, or {@code null} for a blank or unknown one. */
	public static <F extends Enum<F>> F field(Class<F> fields, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(fields, name.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	public List<F> columns() {
		return columns;
	}

	public String text() {
		return String.join(",", columns.stream().map(field -> field == null ? "" : field.name()).toList());
	}

	/** The column a field is mapped to, or -1. */
	public int columnOf(F field) {
		return columns.indexOf(field);
	}

	public boolean maps(F field) {
		return columns.contains(field);
	}

	/** A field mapped to more than one column, if any. */
	public Optional<F> doubled() {
		return columns.stream().filter(Objects::nonNull)
			.filter(field -> columns.indexOf(field) != columns.lastIndexOf(field))
			.findFirst();
	}

	/** The mapping's place names for a page's selects: the field's name, or "" for a skipped column. */
	public List<String> names() {
		return columns.stream().map(field -> field == null ? "" : field.name()).toList();
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && columns.equals(((ColumnMapping<?>) other).columns);
	}

	@Override
	public int hashCode() {
		return columns.hashCode();
	}

	@Override
	public String toString() {
		return text();
	}
}
