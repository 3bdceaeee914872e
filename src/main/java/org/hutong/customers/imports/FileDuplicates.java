package org.hutong.customers.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.customers.naming.CreditCode;
import org.springframework.context.MessageSource;

/**
 * Rows of one file that repeat an earlier row's normalised name, credit code or contact mobile.
 * Worked out over the whole file before any row is written, so the answer is the same in the dry
 * run, the real run and a resumed run: the first row counts, every repeat is an error.
 */
final class FileDuplicates {

	private final Map<Integer, RowError> repeats = new HashMap<>();

	FileDuplicates(ImportTable table, ImportMapping mapping, MessageSource messages, Locale locale) {
		scan(table.rows(), mapping.columnOf(ImportField.NAME), ImportField.NAME, CompanyNames::normalise, messages, locale);
		scan(table.rows(), mapping.columnOf(ImportField.CREDIT_CODE), ImportField.CREDIT_CODE, CreditCode::normalise,
				messages, locale);
		scan(table.rows(), mapping.columnOf(ImportField.CONTACT_MOBILE), ImportField.CONTACT_MOBILE,
				mobile -> mobile.replaceAll("[\\s\\-]", ""), messages, locale);
	}

	/** The error of the row when it repeats an earlier one, else {@code null}. */
	RowError of(int row) {
		return repeats.get(row);
	}

	private void scan(List<ImportTable.Line> rows, int column, ImportField field, UnaryOperator<String> key,
			MessageSource messages, Locale locale) {
		if (column < 0) {
			return;
		}
		Map<String, Integer> first = new HashMap<>();
		for (ImportTable.Line line : rows) {
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
	}
}
