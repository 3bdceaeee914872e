package org.hutong.customers.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Attachments are recognised by their first bytes, not by the name or type the browser claims. */
class AttachmentTypeTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	@Test
	void recognisesImagesPdfOfficeAndText() {
		assertThat(AttachmentType.sniff(PNG, "a.png")).contains(AttachmentType.PNG);
		assertThat(AttachmentType.sniff(JPEG, "照片.JPG")).contains(AttachmentType.JPEG);
		assertThat(AttachmentType.sniff(ascii("GIF89a\u0001\u0000"), "x.gif")).contains(AttachmentType.GIF);
		assertThat(AttachmentType.sniff(ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "), "x.webp")).contains(AttachmentType.WEBP);
		assertThat(AttachmentType.sniff(ascii("%PDF-1.7\n"), "方案.pdf")).contains(AttachmentType.PDF);
		assertThat(AttachmentType.sniff(ascii("PK\u0003\u0004\u0014\u0000"), "报价.xlsx")).contains(AttachmentType.XLSX);
		assertThat(AttachmentType.sniff(ascii("会议纪要".repeat(2)), "纪要.txt")).contains(AttachmentType.TXT);
		assertThat(AttachmentType.PNG.isImage()).isTrue();
		assertThat(AttachmentType.PDF.isImage()).isFalse();
	}

	@Test
	void refusesWhatItCannotVouchFor() {
		assertThat(AttachmentType.sniff(ascii("MZ\u0090\u0000"), "setup.png")).isEmpty();
		assertThat(AttachmentType.sniff(ascii("<svg onload=alert(1)>"), "logo.svg")).isEmpty();
		assertThat(AttachmentType.sniff(ascii("<html><script>"), "page.txt.html")).isEmpty();
		assertThat(AttachmentType.sniff(ascii("PK\u0003\u0004"), "archive.zip")).as("a zip that is no Office file").isEmpty();
		assertThat(AttachmentType.sniff(new byte[] { 'a', 0, 'b' }, "binary.txt")).isEmpty();
		assertThat(AttachmentType.sniff(new byte[0], "empty.pdf")).isEmpty();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
