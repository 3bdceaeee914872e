package org.hutong.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file is, judged by its first bytes (and, for Office and text files, by the
 * extension the bytes agree with), never by the name or the type the browser claims. No SVG or
 * HTML: nothing that a browser would run from our origin. Each module allows the types it wants.
 */
public enum FileType {

	JPEG("image/jpeg", true), PNG("image/png", true), WEBP("image/webp", true), GIF("image/gif", true),
	PDF("application/pdf", false),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false),
	DOC("application/msword", false), XLS("application/vnd.ms-excel", false), PPT("application/vnd.ms-powerpoint", false),
	TXT("text/plain;charset=UTF-8", false);

	/** How many leading bytes {@link #sniff} needs. */
	public static final int HEAD = 16;

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	private final String contentType;

	private final boolean image;

	FileType(String contentType, boolean image) {
		this.contentType = contentType;
		this.image = image;
	}

	/** The type to serve the file as. */
	public String contentType() {
		return contentType;
	}

	public boolean isImage() {
		return image;
	}

	/**
	 * The format the image cleaner takes this picture as, so its metadata (GPS position, camera) is
	 * stripped before it is stored; {@code null} for other files and for GIF, which carries no EXIF
	 * and whose animation re-encoding would lose.
	 */
	public ImageCleaning.Format imageFormat() {
		return switch (this) {
			case JPEG -> ImageCleaning.Format.JPEG;
			case PNG -> ImageCleaning.Format.PNG;
			case WEBP -> ImageCleaning.Format.WEBP;
			default -> null;
		};
	}

	/** What the file is, judged by its first bytes and its name; empty when it is none of these. */
	public static Optional<FileType> sniff(byte[] head, String fileName) {
		String extension = extension(fileName);
		if (startsWith(head, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0, (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
			return Optional.of(GIF);
		}
		if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		if (ascii(head, 0, "%PDF-")) {
			return Optional.of(PDF);
		}
		// Office files are zip or OLE containers like many others: only the extension says which
		if (startsWith(head, 0, 'P', 'K', 0x03, 0x04)) {
			return byExtension(extension, DOCX, XLSX, PPTX);
		}
		if (startsWith(head, 0, OLE)) {
			return byExtension(extension, DOC, XLS, PPT);
		}
		return "txt".equals(extension) && isText(head) ? Optional.of(TXT) : Optional.empty();
	}

	private static Optional<FileType> byExtension(String extension, FileType... candidates) {
		return Arrays.stream(candidates).filter(type -> type.name().toLowerCase(Locale.ROOT).equals(extension)).findFirst();
	}

	private static boolean isText(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean ascii(byte[] head, int offset, String text) {
		return startsWith(head, offset, text.getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean startsWith(byte[] head, int offset, int... expected) {
		byte[] bytes = new byte[expected.length];
		for (int i = 0; i < expected.length; i++) {
			bytes[i] = (byte) expected[i];
		}
		return startsWith(head, offset, bytes);
	}

	private static boolean startsWith(byte[] head, int offset, byte[] expected) {
		if (head.length < offset + expected.length) {
			return false;
		}
		return Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
	}

	private static String extension(String fileName) {
		if (fileName == null || fileName.lastIndexOf('.') < 0) {
			return "";
		}
		return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}
}
