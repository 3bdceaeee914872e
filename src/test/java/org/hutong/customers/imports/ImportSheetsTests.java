package org.hutong.customers.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hutong.transfer.CsvEncoding;
import org.hutong.transfer.ImportSheets;
import org.hutong.transfer.ImportTable;
import org.hutong.transfer.UnreadableFile;
import org.junit.jupiter.api.Test;

/** Reading uploads without asking their encoding, and suggesting the column mapping from headers. */
class ImportSheetsTests {

	static final String CSV = "客户名称,统一社会信用代码,联系人,手机\n许继电气股份有限公司,91411000MA40XJ2K5U,张磊,13903740123\n"
			+ "\"平顶山高压开关有限公司，二分厂\",,李娜,13903740124\n";

	static final Charset GBK = Charset.forName("GBK");

	@Test
	void detectsUtf8WithAndWithoutBomAndGbkAndGb18030() {
		byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
		byte[] bom = withBom(utf8);
		assertThat(CsvEncoding.detect(utf8)).contains(StandardCharsets.UTF_8);
		assertThat(CsvEncoding.detect(bom)).contains(StandardCharsets.UTF_8);
		assertThat(CsvEncoding.detect(CSV.getBytes(GBK))).contains(CsvEncoding.GB18030);
		assertThat(CsvEncoding.detect(CSV.getBytes(CsvEncoding.GB18030))).contains(CsvEncoding.GB18030);
		for (byte[] bytes : List.of(utf8, bom, CSV.getBytes(GBK), CSV.getBytes(CsvEncoding.GB18030))) {
			assertThat(CsvEncoding.decode(bytes)).isEqualTo(CSV);
		}
	}

	@Test
	void gb18030BeyondGbkIsReadToo() {
		String rare = "客户名称\n𠀀记商行\n";
		assertThat(CsvEncoding.decode(rare.getBytes(CsvEncoding.GB18030))).isEqualTo(rare);
	}

	@Test
	void csvInEveryEncodingReadsToTheSameTable() {
		for (byte[] bytes : List.of(CSV.getBytes(StandardCharsets.UTF_8), CSV.getBytes(GBK),
				withBom(CSV.getBytes(StandardCharsets.UTF_8)))) {
			ImportTable table = ImportSheets.read(bytes, "客户.csv", 100);
			assertThat(table.header()).containsExactly("客户名称", "统一社会信用代码", "联系人", "手机");
			assertThat(table.rows()).hasSize(2);
			assertThat(table.rows().get(1).number()).isEqualTo(3);
			assertThat(table.rows().get(1).cell(0)).isEqualTo("平顶山高压开关有限公司，二分厂");
			assertThat(table.rows().get(1).cell(1)).isNull();
		}
	}

	@Test
	void semicolonAndTabSeparatedFilesAreRecognised() {
		ImportTable table = ImportSheets.read("名称;手机\n甲公司;13903740123\n".getBytes(StandardCharsets.UTF_8), "a.csv", 10);
		assertThat(table.rows().get(0).cells()).containsExactly("甲公司", "13903740123");
		table = ImportSheets.read("名称\t手机\n乙公司\t13903740124\n".getBytes(StandardCharsets.UTF_8), "b.csv", 10);
		assertThat(table.rows().get(0).cells()).containsExactly("乙公司", "13903740124");
	}

	@Test
	void xlsxNumbersStayWholeAndBlankRowsAreSkipped() throws IOException {
		byte[] xlsx = xlsx(List.of(List.of("客户名称", "手机"), List.of("许继电气", 13903740123L), List.of(),
				List.of("四达电力", "13903740125")));
		ImportTable table = ImportSheets.read(xlsx, "客户.xlsx", 100);
		assertThat(table.header()).containsExactly("客户名称", "手机");
		assertThat(table.rows()).extracting(ImportTable.Line::number).containsExactly(2, 4);
		assertThat(table.rows().get(0).cell(1)).isEqualTo("13903740123");
		assertThat(table.rows().get(1).cell(0)).isEqualTo("四达电力");
	}

	@Test
	void unreadableFilesSayWhy() {
		assertThatThrownBy(() -> ImportSheets.read("PK not really a zip".getBytes(StandardCharsets.UTF_8), "x.xlsx", 10))
			.isInstanceOf(UnreadableFile.class).extracting("reason").isEqualTo("import.file.malformed");
		assertThatThrownBy(() -> ImportSheets.read("名称,手机\n\"未闭合,1\n".getBytes(StandardCharsets.UTF_8), "x.csv", 10))
			.extracting("reason").isEqualTo("import.file.malformed");
		assertThatThrownBy(() -> ImportSheets.read("名称\n甲\n".getBytes(StandardCharsets.UTF_16LE), "x.csv", 10))
			.extracting("reason").isEqualTo("import.file.encoding");
		assertThatThrownBy(() -> ImportSheets.read(new byte[] { (byte) 0x81, (byte) 0x30, (byte) 0xFF, 0x41 }, "x.csv", 10))
			.extracting("reason").isEqualTo("import.file.encoding");
		assertThatThrownBy(() -> ImportSheets.read("名称\n".getBytes(StandardCharsets.UTF_8), "x.csv", 10))
			.extracting("reason").isEqualTo("import.file.empty");
		assertThatThrownBy(() -> ImportSheets.read("名称\n甲\n乙\n丙\n".getBytes(StandardCharsets.UTF_8), "x.csv", 2))
			.extracting("reason").isEqualTo("import.file.tooManyRows");
		assertThatThrownBy(() -> ImportSheets.read("名称".getBytes(StandardCharsets.UTF_8), "x.xls", 2))
			.extracting("reason").isEqualTo("import.file.type");
	}

	@Test
	void mappingIsSuggestedFromChineseAndEnglishHeaders() {
		Map<ImportField, Set<String>> labels = Map.of(ImportField.CONTACT_MOBILE, Set.of("联系人手机", "Contact mobile"));
		ImportMapping zh = ImportMapping.suggest(List.of("公司名称", "统一社会信用代码", "省", "市", "区县", "联系人", "手机",
				"职务", "不认识的列", "客户名称"), field -> labels.getOrDefault(field, Set.of()));
		assertThat(zh.columns()).containsExactly(ImportField.NAME, ImportField.CREDIT_CODE, ImportField.PROVINCE,
				ImportField.CITY, ImportField.COUNTY, ImportField.CONTACT_NAME, ImportField.CONTACT_MOBILE,
				ImportField.CONTACT_TITLE, null, null);
		ImportMapping en = ImportMapping.suggest(List.of("Name *", "Credit Code", "Region", "Contact mobile", "Title"),
				field -> labels.getOrDefault(field, Set.of()));
		assertThat(en.columns()).containsExactly(ImportField.NAME, ImportField.CREDIT_CODE, ImportField.REGION,
				ImportField.CONTACT_MOBILE, ImportField.CONTACT_TITLE);
		assertThat(ImportMapping.parse(en.text(), 5)).isEqualTo(en);
		assertThat(ImportMapping.parse("NAME,NAME", 2).doubled()).contains(ImportField.NAME);
	}

	static byte[] withBom(byte[] bytes) {
		byte[] out = new byte[bytes.length + 3];
		out[0] = (byte) 0xEF;
		out[1] = (byte) 0xBB;
		out[2] = (byte) 0xBF;
		System.arraycopy(bytes, 0, out, 3, bytes.length);
		return out;
	}

	static byte[] xlsx(List<List<Object>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("客户");
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				Object value = rows.get(r).get(c);
				if (value instanceof Number number) {
					sheet.value(r, c, number);
				}
				else {
					sheet.value(r, c, (String) value);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}
}
