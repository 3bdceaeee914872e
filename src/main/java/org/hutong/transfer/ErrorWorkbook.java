package org.hutong.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 错误行 file of any import: each refused row's original cells and, in an extra last column,
 * what was wrong with it, then its row number in the file, so the user fixes the rows and imports
 * that file again.
 */
@Component
public class ErrorWorkbook {

	private final MessageSource messages;

	private final ImportPasses passes;

	ErrorWorkbook(MessageSource messages, ImportPasses passes) {
		this.messages = messages;
		this.passes = passes;
	}

	/** The refused rows of the job's file with their reasons, in file order. */
	public void write(TransferJob job, ImportSubject<?> subject, List<ErrorRow> errors, Locale locale,
			OutputStream out) throws IOException {
		ImportTable table = passes.table(job);
		Map<Integer, List<String>> reasons = new LinkedHashMap<>();
		for (ErrorRow error : errors) {
			String field = error.field() == null || error.field().isEmpty() ? null
					: text(subject.labelPrefix() + error.field(), locale);
			reasons.computeIfAbsent(error.row(), row -> new ArrayList<>())
				.add(field == null ? error.message() : field + ": " + error.message());
		}
		Workbook workbook = new Workbook(out, "Hutong", "1.0");
		Worksheet sheet = workbook.newWorksheet(text("import.errors.sheet", locale));
		int width = table.header().size();
		for (int column = 0; column < width; column++) {
			sheet.value(0, column, table.header().get(column));
		}
		sheet.value(0, width, text("import.errors.column", locale));
		sheet.value(0, width + 1, text("import.errors.rowColumn", locale));
		sheet.range(0, 0, 0, width + 1).style().bold().set();
		int at = 1;
		for (ImportTable.Line line : table.rows()) {
			List<String> why = reasons.get(line.number());
			if (why != null) {
				for (int column = 0; column < Math.min(width, line.cells().size()); column++) {
					sheet.value(at, column, line.cells().get(column));
				}
				sheet.value(at, width, String.join("; ", why));
				sheet.value(at, width + 1, line.number());
				at++;
			}
		}
		workbook.finish();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
