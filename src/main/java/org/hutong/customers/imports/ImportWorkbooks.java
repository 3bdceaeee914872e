package org.hutong.customers.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The two spreadsheets the import hands out: the 模板 (every field's header, one example row, a
 * sheet of instructions) and the 错误行 file (each refused row's original cells and, in an extra
 * last column, what was wrong with it), so the user fixes the rows and imports that file again.
 */
@Component
class ImportWorkbooks {

	static final int HELP_LINES = 6;

	private final MessageSource messages;

	private final TransferFiles files;

	private final ImportSettings settings;

	ImportWorkbooks(MessageSource messages, TransferFiles files, ImportSettings settings) {
		this.messages = messages;
		this.files = files;
		this.settings = settings;
	}

	void template(Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Hutong", "1.0");
		Worksheet sheet = workbook.newWorksheet(text("import.template.sheet", locale));
		List<ImportField> fields = Arrays.stream(ImportField.values())
			.filter(field -> field != ImportField.REGION)
			.toList();
		for (int column = 0; column < fields.size(); column++) {
			sheet.value(0, column, text("import.field." + fields.get(column).name(), locale));
			sheet.value(1, column, text("import.example." + fields.get(column).name(), locale));
			sheet.width(column, 18);
		}
		sheet.range(0, 0, 0, fields.size() - 1).style().bold().set();
		sheet.freezePane(0, 1);
		Worksheet help = workbook.newWorksheet(text("import.template.helpSheet", locale));
		help.width(0, 100);
		for (int line = 1; line <= HELP_LINES; line++) {
			help.value(line - 1, 0, messages.getMessage("import.template.help." + line,
					new Object[] { settings.maxRows(), settings.maxFileSize().toMegabytes() }, locale));
		}
		workbook.finish();
	}

	/** The refused rows of the job's file with their reasons, in file order. */
	void errors(TransferJob job, List<ImportManagement.ErrorRow> errors, Locale locale, OutputStream out)
			throws IOException {
		ImportTable table = ImportSheets.read(files.read(job.getSourceKey()), job.getFileName(), settings.maxRows());
		Map<Integer, List<String>> reasons = new LinkedHashMap<>();
		for (ImportManagement.ErrorRow error : errors) {
			String field = error.field() == null || error.field().isEmpty() ? null
					: text("import.field." + error.field(), locale);
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
