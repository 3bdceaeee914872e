package org.hutong.feed.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.hutong.files.ImageCleaning;

/**
 * What an uploaded file is, judged by its first bytes (and, for Office and text files, by the
 * extension the bytes agree with), never by the name or the type the browser claims.
 */
enum FeedFileType {

	JPEG("image/jpeg", true), PNG("image/png", true), WEBP("image/webp", true),
	PDF("application/pdf", false), ZIP_OFFICE(null, false), OLE_OFFICE(null, false),
	TXT("text/plain;charset=UTF-8", false);

	static final int HEAD = 16;

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private final String contentType;

	private final boolean image;

	FeedFileType(String contentType, boolean image) {
		this.contentType = contentType;
		this.image = image;
	}

	boolean isImage() {
		return image;
	}

	/** The format the shared cleaner takes this image as; {@code null} for other files. */
	ImageCleaning.Format imageFormat() {
		return switch (this) {
			case JPEG -> ImageCleaning.Format.JPEG;
			case PNG -> ImageCleaning.Format.PNG;
			case WEBP -> ImageCleaning.Format.WEBP;
			default -> null;
		};
	}

	/** The type to serve the file as; Office files by their (byte-confirmed) extension. */
	String contentType(String fileName) {
		if (contentType != null) {
			return contentType;
		}
		return switch (extension(fileName)) {
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
			case "doc" -> "application/msword";
			case "xls" -> "application/vnd.ms-excel";
			default -> "application/vnd.ms-powerpoint";
		};
	}

	static Optional<FeedFileType> sniff(byte[] head, String fileName) {
		String extension = extension(fileName);
		if (starts(head, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (starts(head, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of(PNG);
		}
		if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		if (ascii(head, 0, "%PDF-")) {
			return Optional.of(PDF);
		}
		if (starts(head, 0, new byte[] { 'P', 'K', 0x03, 0x04 }) && Arrays.asList("docx", "xlsx", "pptx").contains(extension)) {
			return Optional.of(ZIP_OFFICE);
		}
		if (starts(head, 0, OLE) && Arrays.asList("doc", "xls", "ppt").contains(extension)) {
			return Optional.of(OLE_OFFICE);
		}
		return "txt".equals(extension) && noZero(head) ? Optional.of(TXT) : Optional.empty();
	}

	private static boolean noZero(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean ascii(byte[] head, int offset, String text) {
		return starts(head, offset, text.getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean starts(byte[] head, int offset, byte[] expected) {
		return head.length >= offset + expected.length
				&& Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
	}

	private static String extension(String fileName) {
		if (fileName == null || fileName.lastIndexOf('.') < 0) {
			return "";
		}
		return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}
}
