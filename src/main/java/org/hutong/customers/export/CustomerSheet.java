package org.hutong.customers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hutong.customers.customer.CustomerView;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.MessageSource;

/**
 * The export's one worksheet, written as it goes: a header of localised column names, then rows
 * flushed batch by batch, so memory stays flat however long the list is.
 */
final class CustomerSheet implements AutoCloseable {

	private static final String[] COLUMNS = { "customer.name", "customer.shortName", "customer.creditCode",
			"customer.level", "customer.industry", "customer.source", "customer.status", "customer.region",
			"customer.address", "customer.phone", "customer.website", "customer.owner", "customer.export.contactName",
			"customer.export.contactMobile", "customer.export.lastFollowUp", "customer.export.nextFollowUp",
			"customer.createdAt", "customer.updatedAt" };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(EnterpriseZone.DEFAULT);

	private final Workbook workbook;

	private final Worksheet sheet;

	private final MessageSource messages;

	private final Locale locale;

	private int row;

	CustomerSheet(OutputStream out, MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.workbook = new Workbook(out, "Hutong", "1.0");
		this.sheet = workbook.newWorksheet(text("customer.list.title"));
		for (int column = 0; column < COLUMNS.length; column++) {
			sheet.value(0, column, text(COLUMNS[column]));
		}
		sheet.style(0, 0).bold().set();
		sheet.freezePane(0, 1);
		row = 1;
	}

	void append(List<ExportRow> rows) throws IOException {
		for (ExportRow line : rows) {
			write(line);
			row++;
		}
		sheet.flush();
	}

	/** A last line saying the list was cut at {@code limit} rows. */
	void capped(int limit) {
		sheet.value(row++, 0, messages.getMessage("customer.export.capped", new Object[] { limit }, locale));
	}

	@Override
	public void close() throws IOException {
		sheet.finish();
		workbook.finish();
	}

	private void write(ExportRow line) {
		CustomerView c = line.customer();
		String[] values = { c.name(), c.shortName(), c.creditCode(), c.levelLabel(),
				c.industryLabel(), c.sourceLabel(),
				label("customer.status.", c.status()), c.region(), c.address(), c.phone(), c.website(),
				c.inPool() ? text("customer.pool") : c.ownerName(), line.contactName(), line.contactMobile(),
				time(c.lastFollowUpAt()), date(c.nextFollowUpOn()), time(c.createdAt()), time(c.updatedAt()) };
		for (int column = 0; column < values.length; column++) {
			if (values[column] != null) {
				sheet.value(row, column, values[column]);
			}
		}
	}

	private String label(String prefix, Enum<?> value) {
		return value == null ? null : text(prefix + value.name());
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale);
	}

	private static String time(Instant at) {
		return at == null ? null : TIME.format(at);
	}

	private static String date(LocalDate on) {
		return on == null ? null : on.toString();
	}
}
