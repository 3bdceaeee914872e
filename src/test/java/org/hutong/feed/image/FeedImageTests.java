package org.hutong.feed.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.files.ImageCleaning;
import org.hutong.files.TestImages;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Images on posts: real images only, metadata such as GPS gone, thumbnails, served only to readers. */
@HutongTest
class FeedImageTests {

	static final String GPS = TestImages.GPS;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TenantJdbc jdbc;

	/** A photo as a phone would send it: a JPEG with an EXIF block carrying a position. */
	private long fileOf(String marker) {
		long tenant = new TestUsers(userDetails).load("demo", "sales").tenantId();
		return TenantContext.callAs(tenant, () -> jdbc.sql("SELECT f.id FROM feed_file f JOIN feed_post p ON p.id = f.post_id "
				+ "AND p.tenant_id = f.tenant_id WHERE f.tenant_id = :tenantId AND p.body = :body ORDER BY f.id")
			.param("body", marker)
			.query(Long.class)
			.list()
			.get(0));
	}

	@Test
	void aPhotoLosesItsExifAndGetsAThumbnail() throws Exception {
		byte[] photo = TestImages.jpegWithExif(1200, 800);
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(GPS);
		String marker = "现场照片" + System.nanoTime();
		mvc.perform(multipart("/feed/posts").file(new MockMultipartFile("images", "变电站.jpg", "image/jpeg", photo))
			.param("body", marker).with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = fileOf(marker);
		byte[] served = mvc.perform(get("/feed/files/{id}", id).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(served, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain(GPS).doesNotContain("Exif");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth()).isEqualTo(1200);
		byte[] thumbnail = mvc.perform(get("/feed/files/{id}/thumbnail", id).with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(thumbnail)).getWidth()).isEqualTo(ImageCleaning.THUMB);
	}

	@Test
	void aFileThatIsNotAnImageByItsBytesIsRefusedWhateverItsNameAndTypeSay() throws Exception {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/feed/posts").file(new MockMultipartFile("images", "<i>x.png", "image/png", html))
			.param("body", "伪装的图片").with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("&lt;i&gt;x.png")))
			.andExpect(content().string(not(containsString("<i>x.png"))));
		byte[] truncated = java.util.Arrays.copyOf(TestImages.jpegWithExif(50, 50), 40);
		mvc.perform(multipart("/feed/posts").file(new MockMultipartFile("images", "broken.jpg", "image/jpeg", truncated))
			.param("body", "坏图片").with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void namesOfImagesAndFilesAreShownEscapedAndFilesDownloadUnderASafeName() throws Exception {
		String marker = "附件名称" + System.nanoTime();
		String evil = "<img src=x onerror=alert(1)>.pdf";
		mvc.perform(multipart("/feed/posts")
			.file(new MockMultipartFile("files", evil, "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))
			.file(new MockMultipartFile("images", "\"onload=alert(2).jpg", "image/jpeg", TestImages.jpegWithExif(20, 20)))
			.param("body", marker).with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/feed").param("q", marker).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(content().string(not(containsString("<img src=x onerror"))))
			.andExpect(content().string(not(containsString("\"onload=alert(2)"))))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;.pdf")));
		long pdf = fileOf(marker) + 1;
		mvc.perform(get("/feed/files/{id}", pdf).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", not(containsString("<img"))));
	}

	@Test
	void imagesOfAPostOnlyItsReadersMaySee() throws Exception {
		String marker = "只给张伟" + System.nanoTime();
		long rd = new TestUsers(userDetails).load("demo", "rd").userId();
		mvc.perform(multipart("/feed/posts").file(new MockMultipartFile("images", "a.jpg", "image/jpeg", TestImages.jpegWithExif(30, 30)))
			.param("body", marker).param("audience", "PEOPLE").param("userIds", String.valueOf(rd))
			.with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = fileOf(marker);
		for (String reader : List.of("sales", "rd")) {
			mvc.perform(get("/feed/files/{id}", id).with(new TestUsers(userDetails).as("demo", reader)))
				.andExpect(status().isOk());
		}
		for (String outsider : List.of("sales2", "manager")) {
			mvc.perform(get("/feed/files/{id}", id).with(new TestUsers(userDetails).as("demo", outsider)))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void aWidePhotoInWebpIsKeptAsItIsAndGetsAPngThumbnail() throws Exception {
		byte[] webp;
		try (var in = getClass().getResourceAsStream("/feed/wide-640x320.webp")) {
			webp = in.readAllBytes();
		}
		String marker = "WebP 照片" + System.nanoTime();
		mvc.perform(multipart("/feed/posts").file(new MockMultipartFile("images", "现场.webp", "image/webp", webp))
			.param("body", marker).with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = fileOf(marker);
		byte[] served = mvc.perform(get("/feed/files/{id}", id).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/webp"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(served).isEqualTo(webp);
		byte[] thumbnail = mvc.perform(get("/feed/files/{id}/thumbnail", id).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn().getResponse().getContentAsByteArray();
		var small = ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
		assertThat(small.getWidth()).isEqualTo(ImageCleaning.THUMB);
		assertThat(small.getHeight()).isEqualTo(ImageCleaning.THUMB / 2);
	}

	@Test
	void aWebpThatDoesNotDecodeIsRefused() throws Exception {
		byte[] broken = TestImages.riff(TestImages.chunk("VP8L", new byte[] { 0x2f, 0, 0, 0, 0 }));
		String marker = "坏的 WebP" + System.nanoTime();
		mvc.perform(multipart("/feed/posts").file(new MockMultipartFile("images", "坏.webp", "image/webp", broken))
			.param("body", marker).with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		long tenant = new TestUsers(userDetails).load("demo", "sales").tenantId();
		assertThat(TenantContext.callAs(tenant, () -> jdbc.sql("SELECT count(*) FROM feed_post WHERE tenant_id = :tenantId AND body = :body")
			.param("body", marker).query(Long.class).single())).isZero();
	}

}
