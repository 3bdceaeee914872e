package org.hutong.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The one image cleaner, which {@link UploadCheck} runs on every uploaded picture before any module
 * keeps it: JPEG and PNG are decoded and written again through ImageIO, which keeps the pixels
 * and drops every metadata block (EXIF with GPS position, camera, comments; a JPEG's EXIF
 * orientation is applied to the pixels first, {@link ExifOrientation}), plus a thumbnail at most
 * {@link #THUMB} pixels wide. WebP can be read (TwelveMonkeys) but not written, so WebP files keep
 * their pixels byte for byte with their EXIF and XMP chunks cut out ({@link WebpMetadata}); they
 * must still decode, and their thumbnail is a PNG.
 */
public final class ImageCleaning {

	public static final int THUMB = 480;

	/** Larger pictures are refused before decoding, so a tiny file cannot claim gigabytes of pixels. */
	static final long MAX_PIXELS = 50_000_000L;

	private ImageCleaning() {
	}

	/** The image formats it cleans, as sniffed from the file's first bytes by the caller. */
	public enum Format {
		JPEG, PNG, WEBP
	}

	/** The cleaned image and its thumbnail ({@code null} when the image itself is small enough). */
	public record Cleaned(byte[] image, byte[] thumbnail) {
	}

	/** Empty when the bytes do not decode as the image they claim to be. */
	public static Optional<Cleaned> clean(Format type, byte[] bytes) {
		if (type == Format.WEBP) {
			return WebpMetadata.strip(bytes).flatMap(ImageCleaning::webp);
		}
		String format = type == Format.PNG ? "png" : "jpeg";
		try {
			BufferedImage image = decode(bytes);
			if (image == null) {
				return Optional.empty();
			}
			if (format.equals("jpeg")) {
				image = ExifOrientation.upright(opaque(image), ExifOrientation.of(bytes));
			}
			byte[] thumbnail = image.getWidth() > THUMB ? encode(scale(image), format) : null;
			return Optional.of(new Cleaned(encode(image, format), thumbnail));
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	/** What a thumbnail is served as: WebP thumbnails are PNGs, the others keep their type. */
	public static String thumbnailType(String contentType) {
		return "image/webp".equals(contentType) ? "image/png" : contentType;
	}

	private static Optional<Cleaned> webp(byte[] stripped) {
		try {
			BufferedImage image = decode(stripped);
			if (image == null) {
				return Optional.empty();
			}
			byte[] thumbnail = image.getWidth() > THUMB ? encode(scale(image), "png") : null;
			return Optional.of(new Cleaned(stripped, thumbnail));
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	private static BufferedImage decode(byte[] bytes) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					return null;
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static BufferedImage opaque(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return rgb;
	}

	private static BufferedImage scale(BufferedImage image) {
		int height = Math.max(1, (int) Math.round((double) image.getHeight() * THUMB / image.getWidth()));
		int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage thumb = new BufferedImage(THUMB, height, type);
		Graphics2D g = thumb.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, THUMB, height, null);
		g.dispose();
		return thumb;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IOException("no writer for " + format);
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}
}
