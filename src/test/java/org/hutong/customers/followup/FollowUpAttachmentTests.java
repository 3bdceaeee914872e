package org.hutong.customers.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.files.FileTypeTests;
import org.hutong.files.ImageCleaning;
import org.hutong.files.TestImages;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Photos and files on follow-ups: allowed types only, size limits, downloads only for readers. */
@HutongTest
class FollowUpAttachmentTests {

	private static final Pattern ATTACHMENT = Pattern.compile("/follow-ups/attachments/(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@LocalServerPort
	int port;

	CustomerFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	@Test
	void anImageShowsAsAThumbnailAndDownloadsInlineToReadersOnly() throws Exception {
		Customer mine = fixtures.customer("sales");
		byte[] png = TestImages.png();
		String panel = mvc.perform(log(mine).file(file("现场照片.png", png)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<img")))
			.andReturn().getResponse().getContentAsString();
		long id = attachmentId(panel);
		mvc.perform(get("/follow-ups/attachments/{id}", id).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", startsWith("inline;")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png")))
			.andExpect(content().bytes(ImageCleaning.clean(ImageCleaning.Format.PNG, png).orElseThrow().image()));
		mvc.perform(get("/follow-ups/attachments/{id}", id).with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get("/follow-ups/attachments/{id}", id).with(new TestUsers(userDetails).as("demo2", "admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPhotoIsStoredWithoutItsGpsPositionAndOtherMetadata() throws Exception {
		Customer mine = fixtures.customer("sales");
		byte[] photo = TestImages.jpegWithExif(64, 48);
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(TestImages.GPS);
		String panel = mvc.perform(log(mine).file(file("现场.jpg", photo)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		byte[] stored = mvc.perform(get("/follow-ups/attachments/{id}", attachmentId(panel)).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.GPS).doesNotContain("Exif");
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(64);
	}

	@Test
	void aPictureThatDoesNotDecodeIsRefused() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(log(mine).file(file("坏图.png", FileTypeTests.PNG)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("“坏图.png”不是允许的类型")));
	}

	@Test
	void aDocumentDownloadsAsAnAttachment() throws Exception {
		Customer mine = fixtures.customer("sales");
		byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		String panel = mvc.perform(log(mine).file(file("技术方案 v2.pdf", pdf)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("技术方案 v2.pdf")))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(get("/follow-ups/attachments/{id}", attachmentId(panel)).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")));
	}

	@Test
	void forbiddenTooLargeOrTooManyFilesAreFieldErrorsAndSaveNothing() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(log(mine).file(file("报价.png", "MZ this is a program".getBytes(StandardCharsets.US_ASCII))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("“报价.png”不是允许的类型")));
		byte[] large = Arrays.copyOf(FileTypeTests.PNG, 10 * 1024 * 1024 + 1);
		mvc.perform(log(mine).file(file("大图.png", large)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("“大图.png”超过 10 MB")));
		MockMultipartHttpServletRequestBuilder tooMany = log(mine);
		for (int i = 0; i < 10; i++) {
			tooMany.file(file(i + ".png", FileTypeTests.PNG));
		}
		mvc.perform(tooMany).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("最多只能上传 9 个附件")));
		mvc.perform(get("/customers/{id}/follow-ups", mine.getId()).with(as("sales")))
			.andExpect(content().string(not(containsString("/follow-ups/attachments/"))));
		assertThat(lastFollowUp(mine)).isNull();
	}

	@Test
	void anUploadOverTheServersLimitIsA413ProblemNotA500() throws Exception {
		String boundary = "hutong-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"big.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/customers/1/follow-ups"))
			.header("Authorization", token("sales"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("10 MB");
	}

	private MockMultipartHttpServletRequestBuilder log(Customer customer) {
		MockMultipartHttpServletRequestBuilder request = multipart("/customers/{id}/follow-ups", customer.getId());
		request.header("HX-Request", "true").with(csrf()).with(as("sales")).param("type", "VISIT").param("content", "现场勘查");
		return request;
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("attachments", name, "application/octet-stream", bytes);
	}

	private static long attachmentId(String html) {
		Matcher matcher = ATTACHMENT.matcher(html);
		assertThat(matcher.find()).as("an attachment link").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private Instant lastFollowUp(Customer customer) {
		return new DemoTenants(tenants, transactions)
			.call("demo", () -> customers.findById(customer.getId()).orElseThrow().getLastFollowUpAt());
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "upload-test", 1).secret());
	}
}
