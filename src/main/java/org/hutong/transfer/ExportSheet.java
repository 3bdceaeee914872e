package org.hutong.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An export's one worksheet, written as it goes: a bold, frozen header row, then rows flushed batch
 * by batch, so memory stays flat however long the list is.
 */
public final class ExportSheet implements AutoCloseable {

	private final Workbook workbook;

	private final Worksheet sheet;

	private int row;

	public ExportSheet(OutputStream out, String name, List<String> header) {
		this.workbook = new Workbook(out, "Hutong", "1.0");
		this.sheet = workbook.newWorksheet(name);
		for (int column = 0; column < header.size(); column++) {
			sheet.value(0, column, header.get(column));
		}
		sheet.style(0, 0).bold().set();
		sheet.freezePane(0, 1);
		row = 1;
	}

	/** One row; numbers go in as numbers, anything else as text; {@code null} values leave their cell empty. */
	public void append(List<?> values) {
		for (int column = 0; column < values.size(); column++) {
			Object value = values.get(column);
			if (value instanceof Number number) {
				sheet.value(row, column, number);
			}
			else if (value != null) {
				sheet.value(row, column, value.toString());
			}
		}
		row++;
	}

	/** Writes the rows so far out of memory; call after each batch. */
	public void flush() throws IOException {
		sheet.flush();
	}

	/** A last line of text in the first column, e.g. that the list was cut. */
	public void note(String text) {
		sheet.value(row++, 0, text);
	}

	@Override
	public void close() throws IOException {
		sheet.finish();
		workbook.finish();
	}
}
