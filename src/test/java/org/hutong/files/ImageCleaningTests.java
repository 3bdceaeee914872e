package org.hutong.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The shared cleaner: metadata goes, the picture stays. */
class ImageCleaningTests {

	private static final String GPS = TestImages.GPS;

	@Test
	void aJpegLosesItsExifAndKeepsDecoding() {
		byte[] photo = jpeg();
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(GPS);
		byte[] cleaned = ImageCleaning.clean(ImageCleaning.Format.JPEG, photo).orElseThrow().image();
		assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain(GPS).doesNotContain("Exif");
		assertThat(ImageCleaning.clean(ImageCleaning.Format.JPEG, cleaned)).isPresent();
	}

	@Test
	void bytesThatDoNotDecodeAreRefused() {
		assertThat(ImageCleaning.clean(ImageCleaning.Format.JPEG, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }))
			.isEmpty();
		assertThat(ImageCleaning.clean(ImageCleaning.Format.PNG, jpeg())).isPresent().as("decoded by content");
	}

	@Test
	void webpKeepsItsImageButLosesExifAndXmp() {
		byte[] image = TestImages.chunk("VP8L", new byte[] { 0x2f, 0, 0, 0, 0 });
		byte[] vp8x = TestImages.chunk("VP8X", new byte[] { 0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
		byte[] exif = TestImages.chunk("EXIF", GPS.getBytes(StandardCharsets.US_ASCII));
		byte[] xmp = TestImages.chunk("XMP ", "<x:xmpmeta/>".getBytes(StandardCharsets.US_ASCII));
		byte[] webp = TestImages.riff(vp8x, image, exif, xmp);
		byte[] stripped = WebpMetadata.strip(webp).orElseThrow();
		String text = new String(stripped, StandardCharsets.ISO_8859_1);
		assertThat(text).startsWith("RIFF").contains("WEBP").contains("VP8L").doesNotContain(GPS).doesNotContain("xmpmeta");
		assertThat(stripped[20] & 0x0C).as("EXIF and XMP flags cleared").isZero();
		assertThat(WebpMetadata.strip(java.util.Arrays.copyOf(webp, 25))).isEmpty();
	}

	private static byte[] jpeg() {
		try {
			return TestImages.jpegWithExif(40, 20);
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
	}
}
