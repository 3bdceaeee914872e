package org.hutong.sales.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.contract.Quotes;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 发票 on the contract's page: the section is a fragment saying Hutong only keeps the records; a request
 * with a bad check character re-renders with the field's message and what was typed (422); a good one
 * goes to finance's 待开票 list, the next request offers the buyer's details again, and finance records it
 * issued with its PDF, which the contract's readers may download.
 */
@HutongTest
class InvoicePagesTests {

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
	void aRequestFromThePageIsCheckedListedForFinanceAndIssuedWithItsFile() throws Exception {
		LocalDate today = LocalDate.now(InvoiceApiTests.SHANGHAI);
		long contract = InvoiceApiTests.invoiceFirstContract(quotes(), "sales", today.minusDays(3));
		String base = "/sales/contracts/" + contract + "/invoices";
		String section = html(get(base).header("HX-Request", "true"), "sales");
		assertThat(section).contains("开票记录仅作登记，税务发票请在税控系统开具").contains("申请开票").doesNotContain("<html");

		String refused = mvc.perform(form(post(base), "91440300708461136A").with(as("sales")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("校验位").contains("91440300708461136A").contains("许昌供电公司");

		mvc.perform(form(post(base), "91440300708461136T").with(as("sales"))).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sales/contracts/" + contract + "#invoices"));
		String again = html(get(base), "sales");
		assertThat(again).contains("value=\"91440300708461136T\"").contains("申请中");
		assertThat(html(get("/sales/invoices"), "finance")).contains("许昌供电公司").contains("待开票");

		String financeSection = html(get(base), "finance");
		String action = base + "/" + between(financeSection, "action=\"" + base + "/", "/issue\"") + "/issue";
		MockMultipartFile pdf = new MockMultipartFile("file", "发票.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(action).file(pdf)
			.param("invoiceNumber", "04400777").param("issuedOn", today.toString()).param("version", "0")
			.with(csrf()).with(as("finance"))).andExpect(status().is3xxRedirection());
		String issued = html(get(base), "sales");
		assertThat(issued).contains("04400777").contains("发票.pdf");
		String file = base + "/" + between(issued, "href=\"" + base + "/", "/file\"") + "/file";
		assertThat(mvc.perform(get(file).with(as("sales"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
		mvc.perform(get(file).with(as("sales2"))).andExpect(status().isNotFound());
		assertThat(html(get("/sales/contracts/" + contract), "sales")).contains("已开票");
	}

	@Test
	void aRequestOfRowsAtTwoRatesIsFilledFromTheContractCheckedRowByRowAndShownPerRate() throws Exception {
		LocalDate today = LocalDate.now(InvoiceApiTests.SHANGHAI);
		long contract = InvoiceApiTests.invoiceFirstContract(quotes(), "sales", today.minusDays(3));
		String base = "/sales/contracts/" + contract + "/invoices";
		assertThat(html(get(base), "sales")).contains("按合同明细填写").doesNotContain("name=\"lines[0].name\"");

		// offered the contract's lines (the cabinets at 13 %, 安装调试 at 6 %) scaled to the amount typed
		String filled = html(buyer(post(base + "/draft"), "91440300708461136T").param("amount", "10000.00")
			.param("fill", "按合同明细填写"), "sales");
		assertThat(filled).contains("name=\"lines[0].name\"").contains("name=\"lines[1].taxRate\"")
			.contains("value=\"安装调试\"").contains("税率 13 %：").contains("税率 6 %：").contains("合计：价税合计 10,000.00")
			.contains("name=\"lines[3].name\"").contains("许昌供电公司");
		assertThat(html(buyer(post(base + "/draft"), "91440300708461136T").param("rows", "添加明细行"), "sales"))
			.contains("name=\"lines[1].name\"");

		String refused = mvc.perform(rows(buyer(post(base), "91440300708461136T"), "20").with(as("sales")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("税率须在 0 至 17 之间").contains("value=\"高压开关柜\"").contains("value=\"20\"");

		String unreadable = mvc.perform(rows(buyer(post(base), "91440300708461136T"), "6").param("lines[3].name", "运输")
			.param("lines[3].amount", "两千").param("lines[3].taxRate", "9").with(as("sales")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(unreadable).contains("value=\"两千\"").contains("value=\"运输\"");
		assertThat(html(buyer(post(base + "/draft"), "91440300708461136T").param("lines[0].amount", "两千").param("fill", "按合同明细填写"),
				"sales")).contains("name=\"lines[0].name\"");

		mvc.perform(rows(buyer(post(base), "91440300708461136T"), "6").with(as("sales")))
			.andExpect(status().is3xxRedirection());
		String section = html(get(base), "finance");
		// 920.35 on the 13 % row and 113.21 on the 6 % row, summed
		assertThat(section).contains("多档税率 · 税额 1,033.56").contains("税率 13 %：价税合计 8,000.00 · 金额 7,079.65 · 税额 920.35")
			.contains("税率 6 %：价税合计 2,000.00 · 金额 1,886.79 · 税额 113.21").contains("<td>安装调试</td>");
		String action = base + "/" + between(section, "action=\"" + base + "/", "/issue\"") + "/issue";
		mvc.perform(post(action).param("invoiceNumber", "04400999").param("issuedOn", today.toString()).param("version", "0")
			.param("amount", "10000.00").param("tax", "1033.56").with(csrf()).with(as("finance")))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get(base), "sales")).contains("已开票按税率").contains("04400999");
	}

	/** 高压开关柜 8,000 at 13 % and 安装调试 2,000 at the rate given, then a row left blank. */
	private static MockHttpServletRequestBuilder rows(MockHttpServletRequestBuilder request, String secondRate) {
		return request.param("amount", "").param("lines[0].name", "高压开关柜").param("lines[0].amount", "8000.00")
			.param("lines[0].taxRate", "13").param("lines[1].name", "安装调试").param("lines[1].amount", "2000.00")
			.param("lines[1].taxRate", secondRate).param("lines[2].name", "").param("lines[2].amount", "")
			.param("lines[2].taxRate", "");
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String taxNumber) {
		return buyer(request, taxNumber).param("amount", "1000.00");
	}

	private MockHttpServletRequestBuilder buyer(MockHttpServletRequestBuilder request, String taxNumber) {
		return request.with(csrf()).param("kind", "SPECIAL").param("buyerName", "许昌供电公司").param("buyerTaxNumber", taxNumber)
			.param("buyerAddressPhone", "许昌市 0374-1234567").param("buyerBankAccount", "工商银行 1708");
	}

	private static String between(String text, String before, String after) {
		int start = text.indexOf(before) + before.length();
		return text.substring(start, text.indexOf(after, start));
	}

	private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
