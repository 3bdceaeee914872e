package org.hutong.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Files are recognised by their first bytes, not by the name or type the browser claims. */
public class FileTypeTests {

	/** The first bytes of a PNG: recognised as one, but no picture that decodes. */
	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	/** The first bytes of a Windows program. */
	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	@Test
	void recognisesImagesPdfOfficeAndText() {
		assertThat(FileType.sniff(PNG, "a.png")).contains(FileType.PNG);
		assertThat(FileType.sniff(JPEG, "照片.JPG")).contains(FileType.JPEG);
		assertThat(FileType.sniff(ascii("GIF89a\u0001\u0000"), "x.gif")).contains(FileType.GIF);
		assertThat(FileType.sniff(ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "), "x.webp")).contains(FileType.WEBP);
		assertThat(FileType.sniff(ascii("%PDF-1.7\n"), "方案.pdf")).contains(FileType.PDF);
		assertThat(FileType.sniff(ascii("PK\u0003\u0004\u0014\u0000"), "报价.xlsx")).contains(FileType.XLSX);
		assertThat(FileType.sniff(ascii("PK\u0003\u0004\u0014\u0000"), "合同.DOCX")).contains(FileType.DOCX);
		assertThat(FileType.sniff(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 }, "旧版.ppt")).contains(FileType.PPT);
		assertThat(FileType.sniff(ascii("会议纪要".repeat(2)), "纪要.txt")).contains(FileType.TXT);
	}

	@Test
	void saysWhatEachTypeIsServedAsAndWhichArePictures() {
		assertThat(FileType.PNG.isImage()).isTrue();
		assertThat(FileType.GIF.isImage()).isTrue();
		assertThat(FileType.PDF.isImage()).isFalse();
		assertThat(FileType.XLSX.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(FileType.JPEG.imageFormat()).isEqualTo(ImageCleaning.Format.JPEG);
		assertThat(FileType.GIF.imageFormat()).as("kept as sent: no EXIF, and re-encoding loses animation").isNull();
		assertThat(FileType.TXT.imageFormat()).isNull();
	}

	@Test
	void aProgramIsRefusedWhateverItIsCalled() {
		for (String name : new String[] { "setup.exe", "照片.png", "报价.pdf", "合同.docx", "纪要.txt", "photo" }) {
			assertThat(FileType.sniff(EXE, name)).as(name).isEmpty();
		}
	}

	@Test
	void refusesWhatItCannotVouchFor() {
		assertThat(FileType.sniff(ascii("<svg onload=alert(1)>"), "logo.svg")).isEmpty();
		assertThat(FileType.sniff(ascii("<html><script>"), "page.txt.html")).isEmpty();
		assertThat(FileType.sniff(ascii("PK\u0003\u0004"), "archive.zip")).as("a zip that is no Office file").isEmpty();
		assertThat(FileType.sniff(new byte[] { 'a', 0, 'b' }, "binary.txt")).isEmpty();
		assertThat(FileType.sniff(new byte[0], "empty.pdf")).isEmpty();
		assertThat(FileType.sniff(JPEG, null)).as("pictures need no name").contains(FileType.JPEG);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
