package org.hutong.transfer;

import java.util.List;

/**
 * A file's first sheet as text: the header row and the data rows after it, blank rows dropped.
 * Row numbers are as a spreadsheet shows them: the header is row 1.
 *
 * @param header the header cells, trimmed
 * @param rows the data rows, each with its spreadsheet row number
 */
public record ImportTable(List<String> header, List<Line> rows) {

	/** One data row: its number in the file and its cells as text. */
	public record Line(int number, List<String> cells) {

		/** The cell of that column, or {@code null} when the row is shorter or the cell blank. */
		public String cell(int column) {
			if (column < 0 || column >= cells.size()) {
				return null;
			}
			String text = cells.get(column);
			return text == null || text.isBlank() ? null : text.strip();
		}
	}
}
