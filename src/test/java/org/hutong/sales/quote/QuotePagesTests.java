package org.hutong.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 报价单 on the pages: 王芳 (销售代表, may give 10 %) quotes 15 % off, may not send it, asks for approval;
 * 李明 approves; she sends it, downloads the PDF with the customer's Chinese name and the total in its
 * text, and the customer accepts. A sent quote changed becomes V2 with what changed. Bad input is
 * refused by its field with nothing saved.
 */
@HutongTest
class QuotePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customerRepository;

	@Autowired
	ContactRepository contacts;

	@Autowired
	QuoteRepository quotes;

	@Autowired
	TenantJdbc jdbc;

	CustomerFixtures fixtures;

	DemoTenants demo;

	@BeforeEach
	void fixtures() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customerRepository, contacts);
		demo = new DemoTenants(tenants, transactions);
	}

	@Test
	void aDeepDiscountIsApprovedBeforeTheQuoteGoesOutAndItsPdfShowsTheChineseNameAndTotal() throws Exception {
		Customer customer = customer();
		long product = product("KYN28A-12-1250");
		long id = create(customer, product, "15");
		Quote made = quote(id);
		assertThat(made.getNumber()).matches("BJ-\\d{8}-\\d{4}");
		assertThat(made.getDiscountRate()).isEqualByComparingTo("15.00");
		assertThat(made.getTotal()).isEqualByComparingTo(made.getLines().stream().map(QuoteLine::getTotal)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));

		String refused = mvc.perform(step(id, "send").with(as("sales"))).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("超出您的折扣权限");
		assertThat(quote(id).getStatus()).isEqualTo(QuoteStatus.DRAFT);

		mvc.perform(step(id, "approval").with(as("sales"))).andExpect(status().is3xxRedirection());
		Quote asked = quote(id);
		assertThat(asked.getApproval()).isEqualTo(QuoteApproval.PENDING);
		long request = asked.getApprovalRequestId();
		long requestVersion = demo.call("demo", () -> jdbc.sql("select version from approval_request where tenant_id = :tenantId and id = :id")
			.param("id", request).query(Long.class).single());
		mvc.perform(post("/api/v1/approval-requests/{id}/approve", request).with(as("manager"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + requestVersion + "}"))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> quote(id).getApproval() == QuoteApproval.APPROVED);

		mvc.perform(step(id, "send").with(as("sales"))).andExpect(status().is3xxRedirection());
		assertThat(quote(id).getStatus()).isEqualTo(QuoteStatus.SENT);

		byte[] pdf = mvc.perform(get("/sales/quotes/{id}/pdf", id).with(as("sales"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			// saved beside the browser screenshots, to look at
			Path rendered = Paths.get(System.getProperty("hutong.build.dir", "target"), "screenshots", "quote-pdf-page-1.png");
			Files.createDirectories(rendered.getParent());
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", rendered.toFile());
			assertThat(text).contains(customer.getName()).containsPattern("报\\s+价\\s+单").contains("整单折扣")
				.contains(String.format(java.util.Locale.ROOT, "%,.2f", quote(id).getTotal()));
		}

		mvc.perform(step(id, "accept").with(as("sales"))).andExpect(status().is3xxRedirection());
		assertThat(quote(id).getStatus()).isEqualTo(QuoteStatus.ACCEPTED);
		String page = mvc.perform(get("/sales/quotes/{id}", id).with(as("sales"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("已接受").contains(customer.getName());
	}

	@Test
	void aSentQuoteChangedBecomesItsNextVersionWithWhatChanged() throws Exception {
		Customer customer = customer();
		long product = product("KYN28A-12-1250");
		long id = create(customer, product, "5");
		mvc.perform(step(id, "send").with(as("sales"))).andExpect(status().is3xxRedirection());
		Quote sent = quote(id);
		mvc.perform(post("/sales/quotes/{id}", id).with(csrf()).with(as("sales"))
			.param("title", "配电房开关柜报价").param("customerId", customer.getId().toString())
			.param("lines[0].productId", String.valueOf(product)).param("lines[0].quantity", "12")
			.param("headerDiscount", "5").param("version", String.valueOf(sent.getVersion())))
			.andExpect(status().is3xxRedirection());
		Quote revised = quote(id);
		assertThat(revised.getRevision()).isEqualTo(2);
		assertThat(revised.getStatus()).isEqualTo(QuoteStatus.DRAFT);
		String page = mvc.perform(get("/sales/quotes/{id}", id).with(as("sales"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("V2").contains("数量 10 → 12");

		mvc.perform(post("/sales/quotes/{id}", id).with(csrf()).with(as("sales"))
			.param("title", "旧版本").param("customerId", customer.getId().toString())
			.param("lines[0].productId", String.valueOf(product)).param("lines[0].quantity", "1")
			.param("version", String.valueOf(sent.getVersion())))
			.andExpect(status().isConflict());
		assertThat(quote(id).getTitle()).isEqualTo("配电房开关柜报价");
	}

	@Test
	void badInputIsRefusedByItsFieldAndNothingIsSaved() throws Exception {
		Customer customer = customer();
		long product = product("KYN28A-12-1250");
		long before = demo.call("demo", () -> quotes.count());
		String form = mvc.perform(post("/sales/quotes").with(csrf()).with(as("sales"))
			.param("title", "错误输入").param("customerId", customer.getId().toString())
			.param("headerDiscount", "150").param("validUntil", "0001-01-01")
			.param("lines[0].productId", String.valueOf(product)).param("lines[0].quantity", "-3")
			.param("lines[1].name", "安装调试").param("lines[1].quantity", "1").param("lines[1].unitPrice", "12.345")
			.param("lines[2].productId", "999999999").param("lines[2].quantity", "1"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("折扣须在 0 到 100 之间").contains("数量须在 0.001 到 99,999,999 之间")
			.contains("金额最多 2 位小数");
		String dates = mvc.perform(post("/sales/quotes").with(csrf()).with(as("sales"))
			.param("title", "错误日期").param("customerId", customer.getId().toString()).param("validUntil", "0001-01-01")
			.param("lines[0].productId", String.valueOf(product)).param("lines[0].quantity", "1")
			.param("lines[1].productId", "999999999").param("lines[1].quantity", "1"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(dates).contains("有效期须在今天到 2 年以内").contains("找不到这个产品");
		mvc.perform(post("/sales/quotes").with(csrf()).with(as("sales")).param("title", "无客户")
			.param("lines[0].productId", String.valueOf(product)).param("lines[0].quantity", "1"))
			.andExpect(status().isUnprocessableContent());
		Customer theirs = fixtures.customer("demo2", "admin", "许昌别家电力设备有限公司" + ThreadLocalRandom.current().nextInt(100000));
		mvc.perform(post("/sales/quotes").with(csrf()).with(as("sales")).param("title", "别家的客户")
			.param("customerId", theirs.getId().toString())
			.param("lines[0].productId", String.valueOf(product)).param("lines[0].quantity", "1"))
			.andExpect(status().isUnprocessableContent());
		assertThat(demo.call("demo", () -> quotes.count())).isEqualTo(before);
	}

	@Test
	void anotherRepSeesNeitherTheQuoteNorItsPdf() throws Exception {
		long id = create(customer(), product("KYN28A-12-1250"), "0");
		mvc.perform(get("/sales/quotes/{id}", id).with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get("/sales/quotes/{id}/pdf", id).with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get("/sales/quotes/{id}", id).with(as("manager"))).andExpect(status().isOk());
		String list = mvc.perform(get("/sales/quotes").param("scope", "TEAM").with(as("manager")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("/sales/quotes/" + id);
	}

	private long create(Customer customer, long product, String headerDiscount) throws Exception {
		String location = mvc.perform(post("/sales/quotes").with(csrf()).with(as("sales"))
			.param("title", "配电房开关柜报价").param("customerId", customer.getId().toString())
			.param("lines[0].productId", String.valueOf(product)).param("lines[0].quantity", "10")
			.param("lines[1].name", "安装调试").param("lines[1].unit", "项").param("lines[1].quantity", "1")
			.param("lines[1].unitPrice", "8800").param("lines[1].taxRate", "6")
			.param("headerDiscount", headerDiscount)
			.param("deliveryTerms", "合同签订后 45 天交货"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder step(long id, String step) {
		return post("/sales/quotes/{id}/" + step, id).with(csrf()).param("version", String.valueOf(quote(id).getVersion()));
	}

	private Quote quote(long id) {
		return demo.call("demo", () -> {
			Quote quote = quotes.findById(id).orElseThrow();
			quote.getLines().size();
			return quote;
		});
	}

	private Customer customer() {
		return fixtures.customer("demo", "sales", "许昌恒达电力设备有限公司" + ThreadLocalRandom.current().nextInt(1_000_000));
	}

	private long product(String code) {
		return demo.call("demo", () -> jdbc.sql("select id from sales_product where tenant_id = :tenantId and code = :code")
			.param("code", code).query(Long.class).single());
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
