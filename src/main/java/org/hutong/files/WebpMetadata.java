package org.hutong.files;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Cuts the {@code EXIF} and {@code XMP } chunks out of a WebP file (where cameras and phones put GPS
 * position and other metadata) and clears their flags in the {@code VP8X} header. The image chunks
 * are copied unchanged. A file whose chunks do not add up is refused.
 */
final class WebpMetadata {

	private static final int EXIF_FLAG = 0x08;

	private static final int XMP_FLAG = 0x04;

	private WebpMetadata() {
	}

	static Optional<byte[]> strip(byte[] bytes) {
		if (bytes.length < 20) {
			return Optional.empty();
		}
		ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		long declared = Integer.toUnsignedLong(in.getInt(4)) + 8;
		if (declared > bytes.length) {
			return Optional.empty();
		}
		ByteArrayOutputStream chunks = new ByteArrayOutputStream(bytes.length);
		int position = 12;
		boolean image = false;
		while (position + 8 <= declared) {
			String fourCc = new String(bytes, position, 4, StandardCharsets.US_ASCII);
			long size = Integer.toUnsignedLong(in.getInt(position + 4));
			long padded = size + (size & 1);
			if (position + 8 + size > declared) {
				return Optional.empty();
			}
			int length = (int) Math.min(8 + padded, declared - position);
			if (!fourCc.equals("EXIF") && !fourCc.equals("XMP ")) {
				byte[] chunk = java.util.Arrays.copyOfRange(bytes, position, position + length);
				if (fourCc.equals("VP8X") && size >= 1) {
					chunk[8] = (byte) (chunk[8] & ~(EXIF_FLAG | XMP_FLAG));
				}
				image |= fourCc.startsWith("VP8");
				chunks.writeBytes(chunk);
			}
			position += length;
		}
		return image ? Optional.of(riff(chunks.toByteArray())) : Optional.empty();
	}

	private static byte[] riff(byte[] chunks) {
		ByteBuffer out = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
		out.put("RIFF".getBytes(StandardCharsets.US_ASCII));
		out.putInt(4 + chunks.length);
		out.put("WEBP".getBytes(StandardCharsets.US_ASCII));
		out.put(chunks);
		return out.array();
	}
}
