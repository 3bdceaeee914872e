package org.hutong.sales.receivable;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hutong.transfer.ExportSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 账龄 as a spreadsheet: one row per group (the largest {@link ReceivableAgeing#EXPORT_GROUPS}, then
 * 其他), the amount and the count of each bucket, the group's total, and a last row of totals — the
 * figures of the page, amounts in CNY as numbers.
 */
@Component
class AgeingExport {

	private final MessageSource messages;

	AgeingExport(MessageSource messages) {
		this.messages = messages;
	}

	void write(AgeingView ageing, Locale locale, OutputStream out) throws IOException {
		List<String> header = new ArrayList<>();
		header.add(msg("receivable.ageing.groupBy." + ageing.filter().groupBy(), locale));
		for (AgeBucket bucket : AgeBucket.values()) {
			String name = msg("receivable.bucket." + bucket, locale);
			header.add(msg("receivable.export.amount", locale, name));
			header.add(msg("receivable.export.count", locale, name));
		}
		header.add(msg("receivable.export.amount", locale, msg("receivable.total", locale)));
		header.add(msg("receivable.export.count", locale, msg("receivable.total", locale)));
		try (ExportSheet sheet = new ExportSheet(out, msg("receivable.ageing.title", locale), header)) {
			for (AgeingView.Group group : ageing.groups()) {
				sheet.append(row(group.name() != null ? group.name() : msg("receivable.ageing.noDepartment", locale), group));
			}
			if (ageing.others() != null) {
				sheet.append(row(msg("receivable.ageing.others", locale), ageing.others()));
			}
			sheet.append(row(msg("receivable.total", locale), ageing.total()));
			sheet.note(msg("receivable.export.asOf", locale, ageing.today().toString()));
		}
	}

	private static List<Object> row(String name, AgeingView.Group group) {
		List<Object> cells = new ArrayList<>();
		cells.add(name);
		for (AgeBucket bucket : AgeBucket.values()) {
			cells.add(group.cell(bucket).amount());
			cells.add(group.cell(bucket).count());
		}
		cells.add(group.amount());
		cells.add(group.count());
		return cells;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
