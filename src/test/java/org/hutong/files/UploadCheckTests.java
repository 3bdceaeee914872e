package org.hutong.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.multipart.MultipartFile;

/** A form field's files: counted, weighed, recognised, pictures cleaned; refusals in the caller's words. */
class UploadCheckTests {

	static final UploadCheck.Messages KEYS = new UploadCheck.Messages("x.tooMany", "x.tooLarge", "x.forbidden");

	static final UploadCheck ANYTHING = new UploadCheck("attachments",
			new UploadCheck.Limits(3, DataSize.ofMegabytes(1), EnumSet.allOf(FileType.class)), KEYS);

	Errors errors = new MapBindingResult(new HashMap<>(), "form");

	@Test
	void aPhotoLosesItsExifAndAWideOneGetsAThumbnail() throws Exception {
		byte[] photo = TestImages.jpegWithExif(1200, 800);
		List<Upload> uploads = ANYTHING.check(List.of(file("现场.jpg", photo)), errors);
		assertThat(errors.hasErrors()).isFalse();
		Upload upload = uploads.get(0);
		assertThat(upload.type()).isEqualTo(FileType.JPEG);
		assertThat(new String(upload.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.GPS).doesNotContain("Exif");
		assertThat(ImageIO.read(new ByteArrayInputStream(upload.bytes())).getWidth()).isEqualTo(1200);
		assertThat(ImageIO.read(new ByteArrayInputStream(upload.thumbnail())).getWidth()).isEqualTo(ImageCleaning.THUMB);
		assertThat(ANYTHING.check(List.of(file("小.jpg", TestImages.jpegWithExif(40, 30))), errors).get(0).thumbnail())
			.as("a small picture needs none").isNull();
	}

	@Test
	void otherFilesAreKeptAsSentUnderTheirNameWithoutFolders() {
		byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		List<Upload> uploads = ANYTHING.check(List.of(file("C:\\Users\\李\\方案 v2.pdf", pdf)), errors);
		assertThat(uploads).singleElement().satisfies(upload -> {
			assertThat(upload.fileName()).isEqualTo("方案 v2.pdf");
			assertThat(upload.type()).isEqualTo(FileType.PDF);
			assertThat(upload.bytes()).isEqualTo(pdf);
			assertThat(upload.thumbnail()).isNull();
		});
		assertThat(ANYTHING.check(List.of(file("../../" + "长".repeat(300) + ".pdf", pdf)), errors).get(0).fileName())
			.hasSize(UploadCheck.MAX_NAME).endsWith("长.pdf");
	}

	@Test
	void aRenamedProgramIsRefusedWithTheCallersKey() {
		assertThat(ANYTHING.check(List.of(file("照片.jpg", FileTypeTests.EXE)), errors)).isEmpty();
		assertThat(only()).satisfies(error -> {
			assertThat(error.getField()).isEqualTo("attachments");
			assertThat(error.getCode()).isEqualTo("x.forbidden");
			assertThat(error.getArguments()).containsExactly("照片.jpg");
		});
	}

	@Test
	void aTypeTheFieldDoesNotTakeOrAPictureThatDoesNotDecodeIsRefused() {
		UploadCheck photos = new UploadCheck("images",
				new UploadCheck.Limits(9, DataSize.ofMegabytes(1), EnumSet.of(FileType.JPEG, FileType.PNG)), KEYS);
		byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		assertThat(photos.check(List.of(file("a.pdf", pdf), file("坏图.png", FileTypeTests.PNG)), errors)).isEmpty();
		assertThat(errors.getFieldErrors("images")).extracting(FieldError::getCode).containsExactly("x.forbidden", "x.forbidden");
		assertThat(errors.getFieldErrors("images")).extracting(error -> error.getArguments()[0])
			.as("each refused file named").containsExactly("a.pdf", "坏图.png");
	}

	@Test
	void tooManyIsTheOneRefusalAndTooLargeNamesTheLimit() {
		List<MultipartFile> four = List.of(file("1.png", TestImages.png()), file("2.png", TestImages.png()),
				file("3.png", TestImages.png()), file("4.png", TestImages.png()));
		assertThat(ANYTHING.check(four, errors)).isEmpty();
		assertThat(only().getCode()).isEqualTo("x.tooMany");
		assertThat(only().getArguments()).containsExactly(3);

		Errors large = new MapBindingResult(new HashMap<>(), "form");
		byte[] big = Arrays.copyOf(TestImages.png(), 1024 * 1024 + 1);
		assertThat(ANYTHING.check(List.of(file("大图.png", big), file("小图.png", TestImages.png())), large)).hasSize(1);
		assertThat(large.getFieldError("attachments").getCode()).isEqualTo("x.tooLarge");
		assertThat(large.getFieldError("attachments").getArguments()).containsExactly("大图.png", 1L);
	}

	private FieldError only() {
		assertThat(errors.getErrorCount()).isOne();
		return errors.getFieldError();
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("attachments", name, "application/octet-stream", bytes);
	}
}
