package org.hutong.transfer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;

/**
 * Rows of one file that repeat an earlier row's key (a normalised name, a code, a mobile), one
 * {@link #scan} per keyed column. Worked out over the whole file before any row is written, so the
 * answer is the same in the dry run, the real run and a resumed run: the first row counts, every
 * repeat is an error.
 */
public final class FileDuplicates {

	private final Map<Integer, RowError> repeats = new HashMap<>();

	private final ImportTable table;

	private final MessageSource messages;

	private final Locale locale;

	public FileDuplicates(ImportTable table, MessageSource messages, Locale locale) {
		this.table = table;
		this.messages = messages;
		this.locale = locale;
	}

	/** Marks the rows whose cell in {@code column} (none when -1) folds to an earlier row's key. */
	public FileDuplicates scan(int column, Enum<?> field, UnaryOperator<String> key) {
		if (column < 0) {
			return this;
		}
		Map<String, Integer> first = new HashMap<>();
		for (ImportTable.Line line : table.rows()) {
			String cell = line.cell(column);
			String folded = cell == null ? null : key.apply(cell);
			if (folded == null || folded.isEmpty()) {
				continue;
			}
			Integer earlier = first.putIfAbsent(folded, line.number());
			if (earlier != null) {
				repeats.putIfAbsent(line.number(), new RowError(line.number(), field,
						messages.getMessage("import.duplicateInFile", new Object[] { earlier }, locale)));
			}
		}
		return this;
	}

	/** The error of the row when it repeats an earlier one, else {@code null}. */
	public RowError of(int row) {
		return repeats.get(row);
	}
}
