package org.hutong.customers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hutong.customers.customer.CustomerView;
import org.hutong.transfer.ExportSheet;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.MessageSource;

/**
 * The customer export's one worksheet ({@link ExportSheet}): a header of localised column names,
 * then each customer with its first contact, batch by batch.
 */
final class CustomerSheet implements AutoCloseable {

	private static final String[] COLUMNS = { "customer.name", "customer.shortName", "customer.creditCode",
			"customer.level", "customer.industry", "customer.source", "customer.status", "customer.region",
			"customer.address", "customer.phone", "customer.website", "customer.owner", "customer.export.contactName",
			"customer.export.contactMobile", "customer.export.lastFollowUp", "customer.export.nextFollowUp",
			"customer.createdAt", "customer.updatedAt" };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(EnterpriseZone.DEFAULT);

	private final ExportSheet sheet;

	private final MessageSource messages;

	private final Locale locale;

	CustomerSheet(OutputStream out, MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.sheet = new ExportSheet(out, text("customer.list.title"), Arrays.stream(COLUMNS).map(this::text).toList());
	}

	void append(List<ExportRow> rows) throws IOException {
		for (ExportRow line : rows) {
			sheet.append(values(line));
		}
		sheet.flush();
	}

	/** A last line saying the list was cut at {@code limit} rows. */
	void capped(int limit) {
		sheet.note(messages.getMessage("customer.export.capped", new Object[] { limit }, locale));
	}

	@Override
	public void close() throws IOException {
		sheet.close();
	}

	private List<String> values(ExportRow line) {
		CustomerView c = line.customer();
		return Arrays.asList(c.name(), c.shortName(), c.creditCode(), c.levelLabel(), c.industryLabel(),
				c.sourceLabel(), label("customer.status.", c.status()), c.region(), c.address(), c.phone(),
				c.website(), c.inPool() ? text("customer.pool") : c.ownerName(), line.contactName(),
				line.contactMobile(), time(c.lastFollowUpAt()), date(c.nextFollowUpOn()), time(c.createdAt()),
				time(c.updatedAt()));
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
