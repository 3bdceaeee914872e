package org.hutong.customers.imports;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.hutong.transfer.ColumnMapping;

/** Which customer field each column of the file fills (see {@link ColumnMapping}). */
final class ImportMapping extends ColumnMapping<ImportField> {

	private ImportMapping(List<ImportField> columns) {
		super(columns);
	}

	/** The suggestion for a header row, by the fields' aliases and their labels in either language. */
	static ImportMapping suggest(List<String> header, Function<ImportField, Set<String>> labels) {
		return new ImportMapping(ColumnMapping.suggest(ImportField.class, header, labels));
	}

	/** Reads the stored text; unknown names count as skipped columns. */
	static ImportMapping parse(String text, int width) {
		return new ImportMapping(ColumnMapping.parse(ImportField.class, text, width));
	}
}
