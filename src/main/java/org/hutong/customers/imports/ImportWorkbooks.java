package org.hutong.customers.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hutong.transfer.TransferSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The customer import's 模板: every field's header, one example row, and a sheet of instructions.
 * (The 错误行 file is the transfer module's {@link org.hutong.transfer.ErrorWorkbook}.)
 */
@Component
class ImportWorkbooks {

	static final int HELP_LINES = 6;

	private final MessageSource messages;

	private final TransferSettings settings;

	ImportWorkbooks(MessageSource messages, TransferSettings settings) {
		this.messages = messages;
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

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
