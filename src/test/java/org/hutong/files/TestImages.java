package org.hutong.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Pictures with metadata to strip, for the cleaner's tests and those of the modules that use it. */
public final class TestImages {

	/** Text a cleaned picture must no longer hold. */
	public static final String GPS = "GPSLatitude=34.0264N;GPSLongitude=113.8524E";

	private TestImages() {
	}

	/** A real 8 × 8 PNG, for uploads that must decode. */
	public static byte[] png() {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException failed) {
			throw new java.io.UncheckedIOException(failed);
		}
		return out.toByteArray();
	}

	/** An orange JPEG with an EXIF block that holds {@link #GPS}. */
	public static byte[] jpegWithExif(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, width, height);
		g.dispose();
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", plain);
		byte[] jpeg = plain.toByteArray();
		byte[] payload = ("Exif\0\0II*\0" + GPS).getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream withExif = new ByteArrayOutputStream();
		withExif.write(jpeg, 0, 2);
		withExif.write(0xFF);
		withExif.write(0xE1);
		withExif.write((payload.length + 2) >> 8);
		withExif.write((payload.length + 2) & 0xFF);
		withExif.write(payload);
		withExif.write(jpeg, 2, jpeg.length - 2);
		return withExif.toByteArray();
	}

	/** A RIFF chunk of a WebP file. */
	public static byte[] chunk(String fourCc, byte[] data) {
		java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + data.length + (data.length & 1))
			.order(java.nio.ByteOrder.LITTLE_ENDIAN);
		b.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
		return b.array();
	}

	/** A WebP file of the chunks. */
	public static byte[] riff(byte[]... chunks) {
		int size = 4;
		for (byte[] c : chunks) {
			size += c.length;
		}
		java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size).put("WEBP".getBytes(StandardCharsets.US_ASCII));
		for (byte[] c : chunks) {
			b.put(c);
		}
		return b.array();
	}
}
