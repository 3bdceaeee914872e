package org.hutong.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an upload's first sheet into an {@link ImportTable}: .xlsx with fastexcel-reader (numbers
 * written out in full, so a mobile typed as a number stays 13903740001), .csv with Commons CSV in
 * whichever encoding {@link CsvEncoding} recognises, comma, semicolon or tab separated. Whatever
 * cannot be read becomes an {@link UnreadableFile} naming why.
 */
public final class ImportSheets {

	private ImportSheets() {
	}

	public static boolean isSupported(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") || name.endsWith(".csv");
	}

	/** The table, at most {@code maxRows} data rows; more is an error, as is a file without data. */
	public static ImportTable read(byte[] bytes, String fileName, int maxRows) {
		if (!isSupported(fileName)) {
			throw new UnreadableFile("import.file.type");
		}
		List<List<String>> rows = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(bytes, maxRows)
				: csv(bytes, maxRows);
		return table(rows, maxRows);
	}

	private static ImportTable table(List<List<String>> rows, int maxRows) {
		int header = 0;
		while (header < rows.size() && blank(rows.get(header))) {
			header++;
		}
		if (header >= rows.size()) {
			throw new UnreadableFile("import.file.empty");
		}
		List<ImportTable.Line> lines = new ArrayList<>();
		for (int i = header + 1; i < rows.size(); i++) {
			if (!blank(rows.get(i))) {
				lines.add(new ImportTable.Line(i + 1, rows.get(i)));
			}
		}
		if (lines.isEmpty()) {
			throw new UnreadableFile("import.file.empty");
		}
		if (lines.size() > maxRows) {
			throw new UnreadableFile("import.file.tooManyRows", maxRows);
		}
		List<String> names = rows.get(header).stream().map(cell -> cell == null ? "" : cell.strip()).toList();
		return new ImportTable(names, List.copyOf(lines));
	}

	private static List<List<String>> xlsx(byte[] bytes, int maxRows) {
		if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
			throw new UnreadableFile("import.file.malformed");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
			List<List<String>> rows = new ArrayList<>();
			Iterator<Row> it = sheet.iterator();
			while (it.hasNext()) {
				Row row = it.next();
				while (rows.size() < row.getRowNum() - 1) {
					rows.add(List.of());
				}
				rows.add(cells(row));
				if (rows.size() > maxRows + 50) {
					throw new UnreadableFile("import.file.tooManyRows", maxRows);
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException broken) {
			if (broken instanceof UnreadableFile unreadable) {
				throw unreadable;
			}
			throw new UnreadableFile("import.file.malformed");
		}
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < row.getCellCount(); column++) {
			Cell cell = row.getCell(column);
			cells.add(cell == null ? "" : text(cell));
		}
		return cells;
	}

	private static String text(Cell cell) {
		if (cell.getType() == CellType.NUMBER && cell.getRawValue() != null) {
			return cell.asNumber().stripTrailingZeros().toPlainString();
		}
		String text = cell.getText();
		return text == null ? "" : text;
	}

	private static List<List<String>> csv(byte[] bytes, int maxRows) {
		String text = CsvEncoding.decode(bytes);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).get();
		List<List<String>> rows = new ArrayList<>();
		try {
			for (CSVRecord record : format.parse(new StringReader(text))) {
				rows.add(record.toList());
				if (rows.size() > maxRows + 50) {
					throw new UnreadableFile("import.file.tooManyRows", maxRows);
				}
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalStateException broken) {
			throw new UnreadableFile("import.file.malformed");
		}
	}

	/** The separator the header line uses most: comma, semicolon or tab. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		char best = ',';
		long most = first.chars().filter(c -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = first.chars().filter(c -> c == candidate).count();
			if (count > most) {
				best = candidate;
				most = count;
			}
		}
		return best;
	}

	private static boolean blank(List<String> row) {
		return row.stream().allMatch(cell -> cell == null || cell.isBlank());
	}
}
