package org.hutong.sales.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.files.TestImages;
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.contract.Quotes;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 合同附件 through the API: 王芳 uploads the scanned contract, then a corrected scan as version 2 —
 * the list shows 2 as current and 1 in the history, and each version downloads as its own bytes and
 * type, PDF inline and Word as an attachment. A program renamed .pdf, a missing title or file is
 * refused by its field; a rep who may not see the contract gets 404 for all of it. A draft's document
 * can be deleted; once the contract is in effect the signed scan is still uploaded, never deleted.
 */
@HutongTest
class AttachmentApiTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PDF_2 = "%PDF-1.7\n% 盖章版\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

	/** The first bytes of a Windows program. */
	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	static final byte[] DOCX = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 0, 0, 0, 0 };

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

	@Test
	void aSecondVersionBecomesCurrentAndEveryVersionDownloadsAsUploaded() throws Exception {
		long contract = quotes().draftContract("sales", LocalDate.now(SHANGHAI));
		String base = "/api/v1/contracts/" + contract + "/attachments";
		String first = upload(contract, "合同扫描件", file("扫描件.pdf", PDF), "双方签字页").andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.endsWith("/versions/1/content")))
			.andExpect(jsonPath("$.title").value("合同扫描件")).andExpect(jsonPath("$.current.number").value(1))
			.andReturn().getResponse().getContentAsString();
		long document = ((Number) JsonPath.read(first, "$.id")).longValue();

		mvc.perform(multipart(base + "/" + document + "/versions").file(file("扫描件-盖章.pdf", PDF_2))
			.param("note", "补盖公章").header("Authorization", token("sales")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.endsWith("/" + document + "/versions/2/content")));
		upload(contract, "技术协议", file("技术协议.docx", DOCX), null).andExpect(status().isCreated());

		String list = quotes().body(get(base), "sales");
		assertThat(JsonPath.<Integer>read(list, "$.documents.length()")).isEqualTo(2);
		assertThat(JsonPath.<Integer>read(list, "$.documents[0].current.number")).isEqualTo(2);
		assertThat(JsonPath.<String>read(list, "$.documents[0].current.fileName")).isEqualTo("扫描件-盖章.pdf");
		assertThat(JsonPath.<String>read(list, "$.documents[0].current.note")).isEqualTo("补盖公章");
		assertThat(JsonPath.<String>read(list, "$.documents[0].current.uploadedByName")).isEqualTo("王芳");
		assertThat(JsonPath.<Integer>read(list, "$.documents[0].history[0].number")).isEqualTo(1);
		assertThat(JsonPath.<String>read(list, "$.documents[0].history[0].note")).isEqualTo("双方签字页");
		assertThat(JsonPath.<Integer>read(list, "$.documents[0].history[0].size")).isEqualTo(PDF.length);
		assertThat(JsonPath.<String>read(list, "$.documents[1].current.type")).isEqualTo("DOCX");
		assertThat(JsonPath.<Boolean>read(list, "$.mayDelete")).as("a draft's documents may go").isTrue();

		mvc.perform(get(base + "/" + document + "/versions/1/content").header("Authorization", token("sales")))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andExpect(content().bytes(PDF))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
			.andExpect(header().string("Content-Disposition", Matchers.containsString("UTF-8''")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get(base + "/" + document + "/versions/2/content").header("Authorization", token("sales")))
			.andExpect(status().isOk()).andExpect(content().bytes(PDF_2));
		mvc.perform(get(base + "/" + document + "/versions/3/content").header("Authorization", token("sales")))
			.andExpect(status().isNotFound());
		long agreement = ((Number) JsonPath.read(list, "$.documents[1].id")).longValue();
		mvc.perform(get(base + "/" + agreement + "/versions/1/content").header("Authorization", token("sales")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")));

		mvc.perform(delete(base + "/" + agreement).header("Authorization", token("sales"))).andExpect(status().isNoContent());
		assertThat(JsonPath.<Integer>read(quotes().body(get(base), "sales"), "$.documents.length()")).isEqualTo(1);
		mvc.perform(get(base + "/" + agreement + "/versions/1/content").header("Authorization", token("sales")))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusalsNameTheField() throws Exception {
		long contract = quotes().draftContract("sales", LocalDate.now(SHANGHAI));
		upload(contract, "合同扫描件", file("合同.pdf", EXE), null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors.file").value(Matchers.containsString("合同.pdf")));
		upload(contract, " ", file("合同.pdf", PDF), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").exists());
		mvc.perform(multipart("/api/v1/contracts/" + contract + "/attachments").param("title", "合同扫描件")
			.header("Authorization", token("sales"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").exists());
		upload(contract, "合".repeat(101), file("合同.pdf", PDF), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").exists());
		upload(contract, "照片", file("现场.svg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)), null)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.file").exists());
		assertThat(JsonPath.<Integer>read(quotes().body(get("/api/v1/contracts/" + contract + "/attachments"), "sales"),
				"$.documents.length()")).as("nothing kept").isZero();
	}

	@Test
	void aRepWhoMayNotSeeTheContractGetsNotFound() throws Exception {
		long contract = quotes().draftContract("sales", LocalDate.now(SHANGHAI));
		String created = upload(contract, "合同扫描件", file("扫描件.png", TestImages.png()), null)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long document = ((Number) JsonPath.read(created, "$.id")).longValue();
		String base = "/api/v1/contracts/" + contract + "/attachments";
		mvc.perform(get(base).header("Authorization", token("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get(base + "/" + document + "/versions/1/content").header("Authorization", token("sales2")))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(base).file(file("x.pdf", PDF)).param("title", "冒名").header("Authorization", token("sales2")))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(base + "/" + document + "/versions").file(file("x.pdf", PDF))
			.header("Authorization", token("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get(base + "/" + document + "/versions/1/content").header("Authorization", token("manager")))
			.andExpect(status().isOk()).andExpect(content().contentType("image/png"))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")));
	}

	@Test
	void aContractInEffectTakesTheSignedScanButKeepsEveryDocument() throws Exception {
		long contract = quotes().effectiveContract("sales", LocalDate.now(SHANGHAI).minusDays(3));
		String base = "/api/v1/contracts/" + contract + "/attachments";
		String created = upload(contract, "合同扫描件", file("双签版.pdf", PDF), "客户已盖章").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long document = ((Number) JsonPath.read(created, "$.id")).longValue();
		assertThat(JsonPath.<Boolean>read(quotes().body(get(base), "sales"), "$.mayDelete")).isFalse();
		mvc.perform(delete(base + "/" + document).header("Authorization", token("sales"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("新版本")));
		mvc.perform(multipart(base + "/" + document + "/versions").file(file("双签版-清晰.pdf", PDF_2))
			.header("Authorization", token("sales"))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.current.number").value(2)).andExpect(jsonPath("$.history.length()").value(1));
	}

	@Test
	void theOpenApiDocumentDescribesTheEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/api/v1/contracts/{id}/attachments/{documentId}/versions")))
			.andExpect(content().string(Matchers.containsString("/api/v1/contracts/{id}/attachments/{documentId}/versions/{number}/content")))
			.andExpect(content().string(Matchers.containsString("Contract attachments")));
	}

	private ResultActions upload(long contract, String title, MockMultipartFile file, String note) throws Exception {
		var request = multipart("/api/v1/contracts/" + contract + "/attachments").file(file).param("title", title)
			.header("Authorization", token("sales"));
		if (note != null) {
			request.param("note", note);
		}
		return mvc.perform(request);
	}

	static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/octet-stream", bytes);
	}

	private String token(String username) {
		return quotes().token(username);
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
