package org.hutong.files;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * The way up of a JPEG photo. Phones store the pixels as the sensor saw them and say in EXIF how to
 * turn them (orientation 1–8); cleaning drops EXIF, so the turn is applied to the pixels first, or a
 * portrait photo would show on its side. Read with TwelveMonkeys' metadata readers (ADR 0012).
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	/** The EXIF orientation of a JPEG, 1 (as stored) when it has none or it cannot be read. */
	static int of(byte[] jpeg) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
			if (exif.isEmpty()) {
				return 1;
			}
			InputStream data = exif.get(0).data();
			data.read(); // the pad byte after "Exif\0"
			Directory tiff = new TIFFReader().read(new MemoryCacheImageInputStream(data));
			Entry orientation = tiff.getEntryById(TIFF.TAG_ORIENTATION);
			int value = orientation != null && orientation.getValue() instanceof Number n ? n.intValue() : 1;
			return value >= 1 && value <= 8 ? value : 1;
		}
		catch (IOException | RuntimeException unreadable) {
			return 1;
		}
	}

	/** The image turned and mirrored as {@code orientation} says, the same image for 1. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean sideways = orientation >= 5;
		BufferedImage turned = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = turned.createGraphics();
		g.drawImage(image, transform(orientation, w, h), null);
		g.dispose();
		return turned;
	}

	/** Maps a stored pixel (x, y) to where it shows; TIFF/EXIF orientation values. */
	private static AffineTransform transform(int orientation, int w, int h) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored left to right
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored top to bottom
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turn 90° clockwise
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
			default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8: turn 90° anticlockwise
		};
	}
}
