package org.hutong.transfer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a CSV file's text without asking its encoding. Excel on Chinese Windows saves CSV as GBK,
 * WPS and newer Excel as UTF-8 with a byte order mark, other tools as plain UTF-8. So: a UTF-8 BOM
 * means UTF-8; bytes that decode as strict UTF-8 are UTF-8; else strict GB18030 (a superset of GBK
 * and GB2312). Text still holding NUL characters (UTF-16, a binary file) is unreadable.
 */
public final class CsvEncoding {

	public static final Charset GB18030 = Charset.forName("GB18030");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvEncoding() {
	}

	/** The charset the bytes are in, or empty when neither UTF-8 nor GB18030 reads them. */
	public static Optional<Charset> detect(byte[] bytes) {
		if (startsWithBom(bytes)) {
			return Optional.of(StandardCharsets.UTF_8);
		}
		if (strict(bytes, 0, StandardCharsets.UTF_8).isPresent()) {
			return Optional.of(StandardCharsets.UTF_8);
		}
		return strict(bytes, 0, GB18030).map(text -> GB18030);
	}

	/** The file's text, BOM removed; {@link UnreadableFile} when the encoding is not recognised. */
	public static String decode(byte[] bytes) {
		int offset = startsWithBom(bytes) ? UTF8_BOM.length : 0;
		Optional<String> text = strict(bytes, offset, StandardCharsets.UTF_8);
		if (text.isEmpty() && offset == 0) {
			text = strict(bytes, 0, GB18030);
		}
		return text.filter(decoded -> decoded.indexOf('\u0000') < 0)
			.orElseThrow(() -> new UnreadableFile("import.file.encoding"));
	}

	private static boolean startsWithBom(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
	}

	private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
			return Optional.of(chars.toString());
		}
		catch (CharacterCodingException notThisCharset) {
			return Optional.empty();
		}
	}
}
