package org.hutong.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Phone photos are stored as the sensor saw them, with the way up in EXIF: cleaning keeps them upright. */
class ExifOrientationTests {

	/** 60 × 30: the left third red, the rest blue; with an EXIF block whose orientation is {@code orientation}. */
	static byte[] photo(int orientation) throws Exception {
		BufferedImage image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.BLUE);
		g.fillRect(0, 0, 60, 30);
		g.setColor(Color.RED);
		g.fillRect(0, 0, 20, 30);
		g.dispose();
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", plain);
		byte[] jpeg = plain.toByteArray();
		// "Exif\0\0", then a big-endian TIFF header and one IFD entry: tag 0x0112 (orientation), SHORT, 1 value
		byte[] payload = { 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0,
				(byte) orientation, 0, 0, 0, 0, 0, 0 };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, 0, (byte) (payload.length + 2) });
		out.write(payload);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	static BufferedImage cleaned(byte[] photo) throws Exception {
		byte[] image = ImageCleaning.clean(ImageCleaning.Format.JPEG, photo).orElseThrow().image();
		return ImageIO.read(new ByteArrayInputStream(image));
	}

	static boolean red(BufferedImage image, int x, int y) {
		Color c = new Color(image.getRGB(x, y));
		return c.getRed() > 180 && c.getBlue() < 90;
	}

	@Test
	void readsTheOrientationAndDefaultsToAsStored() throws Exception {
		assertThat(ExifOrientation.of(photo(6))).isEqualTo(6);
		assertThat(ExifOrientation.of(photo(3))).isEqualTo(3);
		assertThat(ExifOrientation.of(TestImages.jpegWithExif(10, 10))).isEqualTo(1);
		assertThat(ExifOrientation.of(new byte[] { 1, 2, 3 })).isEqualTo(1);
	}

	@Test
	void aPhotoTakenUprightIsTurnedAClockwiseQuarter() throws Exception {
		BufferedImage upright = cleaned(photo(6));
		assertThat(upright.getWidth()).isEqualTo(30);
		assertThat(upright.getHeight()).isEqualTo(60);
		// the stored left edge is now the top
		assertThat(red(upright, 15, 5)).isTrue();
		assertThat(red(upright, 15, 55)).isFalse();
	}

	@Test
	void eachOrientationPutsTheStoredLeftEdgeWhereItBelongs() throws Exception {
		assertThat(red(cleaned(photo(1)), 5, 15)).isTrue();
		assertThat(red(cleaned(photo(2)), 55, 15)).isTrue();
		assertThat(red(cleaned(photo(3)), 55, 15)).isTrue();
		assertThat(red(cleaned(photo(4)), 5, 15)).isTrue();
		assertThat(red(cleaned(photo(5)), 15, 5)).isTrue();
		assertThat(red(cleaned(photo(7)), 15, 55)).isTrue();
		assertThat(red(cleaned(photo(8)), 15, 55)).isTrue();
		assertThat(red(cleaned(photo(8)), 15, 5)).isFalse();
		assertThat(cleaned(photo(8)).getWidth()).isEqualTo(30);
	}
}
