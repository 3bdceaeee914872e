package org.hutong.sales.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.InvoiceIssued;
import org.hutong.sales.contract.Quotes;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 开票 through the API on a contract in effect whose 开票款 falls due ten days after the first invoice:
 * a tax number with a bad check character and a request beyond the contract's amount are refused by
 * their fields; a request by 王芳 takes the rate of the contract's largest line with the tax split out
 * HALF_UP; only finance issues it, which dates the 开票款, is an {@link InvoiceIssued}, and a stale
 * version answers 409; the buyer's details are offered again; voiding it takes the date back. Two
 * requests that together exceed the contract, issued at the same moment: one counts, the other is refused.
 */
@HutongTest
@RecordApplicationEvents
class InvoiceApiTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 华为技术有限公司's code, written as people type it. */
	static final String TAX_NUMBER = "9144 0300 1922 0382 16";

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

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void anIssuedInvoiceCountsDatesTheTermsWaitingForItAndIsRememberedForTheCustomer() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = invoiceFirstContract(quotes(), "sales", today.minusDays(20));
		BigDecimal total = total(contract);
		assertThat((Object) JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract), "sales"), "$.plan[0].dueDate"))
			.isNull();
		request(contract, "sales", body("91440300708461136A", total.multiply(new BigDecimal("0.3")).setScale(2, RoundingMode.HALF_UP)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.buyerTaxNumber").value(containsString("校验位")));
		request(contract, "sales", body(TAX_NUMBER, total.add(BigDecimal.ONE))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.amount").value(containsString("还剩")));
		request(contract, "sales", "{\"kind\": \"SPECIAL\", \"amount\": 100}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.buyerName").exists()).andExpect(jsonPath("$.errors.buyerTaxNumber").exists());

		BigDecimal amount = total.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP);
		String requested = request(contract, "sales", body(TAX_NUMBER, amount)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long invoice = ((Number) JsonPath.read(requested, "$.id")).longValue();
		assertThat(JsonPath.<String>read(requested, "$.status")).isEqualTo("REQUESTED");
		assertThat(JsonPath.<String>read(requested, "$.buyerTaxNumber")).isEqualTo("914403001922038216");
		assertThat(new BigDecimal(JsonPath.read(requested, "$.taxRate").toString())).isEqualByComparingTo("13");
		BigDecimal tax = amount.multiply(new BigDecimal("13")).divide(new BigDecimal("113"), 2, RoundingMode.HALF_UP);
		assertThat(new BigDecimal(JsonPath.read(requested, "$.tax").toString())).isEqualByComparingTo(tax);
		assertThat(JsonPath.<String>read(requested, "$.parts[0].term")).isEqualTo("开票款");

		LocalDate issuedOn = today.minusDays(1);
		String issue = "{\"invoiceNumber\": \"04400261\", \"issuedOn\": \"%s\", \"version\": 0}".formatted(issuedOn);
		decide(invoice, "sales", "issue", issue).andExpect(status().isForbidden());
		decide(invoice, "finance", "issue", "{\"invoiceNumber\": \"04400261\", \"issuedOn\": \"%s\", \"version\": 0}"
			.formatted(today.plusDays(1))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.issuedOn").exists());
		decide(invoice, "finance", "issue", issue).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.invoiceNumber").value("04400261"));
		decide(invoice, "finance", "reject", "{\"version\": 0, \"reason\": \"重复\"}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(events.stream(InvoiceIssued.class).filter(e -> e.invoiceId() == invoice))
			.singleElement().satisfies(e -> {
				assertThat(e.contractId()).isEqualTo(contract);
				assertThat(e.amount()).isEqualByComparingTo(amount);
				assertThat(e.issuedOn()).isEqualTo(issuedOn);
			});

		String view = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		assertThat(new BigDecimal(JsonPath.read(view, "$.invoiced").toString())).isEqualByComparingTo(amount);
		assertThat(new BigDecimal(JsonPath.read(view, "$.termsInvoiced[0]").toString())).isEqualByComparingTo(amount);
		assertThat(JsonPath.<String>read(view, "$.plan[0].dueDate")).isEqualTo(issuedOn.plusDays(10).toString());
		String page = page("/sales/contracts/" + contract, "sales");
		assertThat(page).contains("已开票").contains("id=\"invoices\"");
		assertThat(page("/sales/invoices?list=ISSUED", "finance")).contains("04400261");

		String again = quotes().body(get("/api/v1/contracts/" + contract + "/invoices"), "sales");
		assertThat(JsonPath.<String>read(again, "$.defaults.buyerTaxNumber")).isEqualTo("914403001922038216");
		assertThat(JsonPath.<String>read(again, "$.defaults.buyerBankAccount")).isEqualTo("工商银行许昌分行 1708020109024512345");

		decide(invoice, "finance", "void", "{\"reason\": \"开错抬头，已红冲\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VOIDED"));
		String voided = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		assertThat(new BigDecimal(JsonPath.read(voided, "$.invoiced").toString())).isZero();
		assertThat((Object) JsonPath.read(voided, "$.plan[0].dueDate")).isNull();
	}

	@Test
	void aRequestWithLinesAtSeveralRatesTaxesEachLineAndIsRefusedByTheLineAtFault() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = invoiceFirstContract(quotes(), "sales", today.minusDays(10));
		request(contract, "sales", withLines(null, line("高压开关柜", "10000.00", "13"), line("安装调试服务", "3000.00", "17.5")))
			.andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors['lines[1].taxRate']").value(containsString("0 至 17")))
			.andExpect(jsonPath("$.errors['lines[0].taxRate']").doesNotExist());
		request(contract, "sales", withLines(null, line("  ", "10000.00", "13"), line("运输", "-5", "9")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['lines[0].name']").value("必填"))
			.andExpect(jsonPath("$.errors['lines[1].amount']").value(containsString("大于 0")));
		request(contract, "sales", withLines("14000.00", line("高压开关柜", "10000.00", "13"), line("安装调试服务", "3000.00", "6")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.amount").value(containsString("明细合计 13,000.00")));
		request(contract, "sales", withLines(null, line("高压开关柜", "1000000.00", "13")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.lines").value(containsString("还剩")));

		String requested = request(contract, "sales", withLines("15000.00", line("高压开关柜", "10000.00", "13"),
				line("安装调试服务", "3000.00", "6"), line("运输", "2000.00", "9")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long invoice = ((Number) JsonPath.read(requested, "$.id")).longValue();
		// 1150.44 + 169.81 + 165.14 on the lines; the tax of 15,000 at any one rate would be another sum
		assertThat(new BigDecimal(JsonPath.read(requested, "$.amount").toString())).isEqualByComparingTo("15000.00");
		assertThat(new BigDecimal(JsonPath.read(requested, "$.tax").toString())).isEqualByComparingTo("1485.39");
		assertThat((Object) JsonPath.read(requested, "$.taxRate")).isNull();
		assertThat(JsonPath.<List<String>>read(requested, "$.lines[*].name")).containsExactly("高压开关柜", "安装调试服务", "运输");
		assertThat(new BigDecimal(JsonPath.read(requested, "$.lines[1].tax").toString())).isEqualByComparingTo("169.81");
		assertThat(JsonPath.<List<Object>>read(requested, "$.byRate[*].taxRate")).hasSize(3);
		assertThat(new BigDecimal(JsonPath.read(requested, "$.byRate[0].tax").toString())).isEqualByComparingTo("1150.44");
		assertThat(new BigDecimal(JsonPath.read(requested, "$.byRate[2].net").toString())).isEqualByComparingTo("2830.19");
		// allocated to the terms by its total
		assertThat(new BigDecimal(JsonPath.read(requested, "$.parts[0].amount").toString())).isEqualByComparingTo("15000.00");

		String issue = "{\"invoiceNumber\": \"04400888\", \"issuedOn\": \"%s\", \"tax\": %s, \"version\": 0}";
		decide(invoice, "finance", "issue", issue.formatted(today, "1485.43")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.tax").value(containsString("1,485.39")));
		decide(invoice, "finance", "issue", issue.formatted(today, "1485.41")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"));
		String view = quotes().body(get("/api/v1/contracts/" + contract + "/invoices"), "sales");
		assertThat(new BigDecimal(JsonPath.read(view, "$.invoiced").toString())).isEqualByComparingTo("15000.00");
		assertThat(JsonPath.<List<Object>>read(view, "$.issuedByRate[*]")).hasSize(3);
		assertThat(new BigDecimal(JsonPath.read(view, "$.issuedByRate[1].amount").toString())).isEqualByComparingTo("2000.00");

		String spec = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(spec).contains("lines[1].taxRate").contains("\"Invoices\"");
	}

	@Test
	void theDemoEnterpriseHasIssuedInvoicesOfA13AndA6PercentLine() {
		Long mixed = jdbc.queryForObject("""
				SELECT COUNT(*) FROM sales_invoice i JOIN tenancy_tenant t ON t.id = i.tenant_id
				WHERE t.code = 'demo' AND i.status = 'ISSUED' AND i.tax_rate IS NULL
				  AND EXISTS (SELECT 1 FROM sales_invoice_line l WHERE l.invoice_id = i.id AND l.tax_rate = 13)
				  AND EXISTS (SELECT 1 FROM sales_invoice_line l WHERE l.invoice_id = i.id AND l.tax_rate = 6)
				  AND i.tax = (SELECT SUM(l.tax) FROM sales_invoice_line l WHERE l.invoice_id = i.id)""", Long.class);
		assertThat(mixed).isPositive();
	}

	@Test
	void twoInvoicesIssuedAtOnceNeverInvoiceBeyondTheContract() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = invoiceFirstContract(quotes(), "sales", today.minusDays(5));
		BigDecimal part = total(contract).multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP);
		List<Long> waiting = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String answer = request(contract, "sales", body(TAX_NUMBER, part)).andExpect(status().isCreated()).andReturn()
				.getResponse().getContentAsString();
			waiting.add(((Number) JsonPath.read(answer, "$.id")).longValue());
		}
		String first = quotes().token("finance");
		String second = quotes().token("finance");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				String token = i == 0 ? first : second;
				long invoice = waiting.get(i);
				String number = "0440030" + i;
				Callable<Integer> issue = () -> {
					start.await();
					return mvc.perform(post("/api/v1/invoices/" + invoice + "/issue").header("Authorization", token)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"invoiceNumber\": \"%s\", \"issuedOn\": \"%s\", \"version\": 0}".formatted(number, today)))
						.andReturn().getResponse().getStatus();
				};
				answers.add(pool.submit(issue));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 400);
		}
		finally {
			pool.shutdownNow();
		}
		String view = quotes().body(get("/api/v1/contracts/" + contract + "/invoices"), "sales");
		assertThat(new BigDecimal(JsonPath.read(view, "$.invoiced").toString())).isEqualByComparingTo(part);
		assertThat(JsonPath.<List<String>>read(view, "$.invoices[*].status")).containsExactlyInAnyOrder("ISSUED", "REQUESTED");
	}

	/**
	 * A contract in effect from an accepted quote: 开票款 30 % ten days after the first invoice, 到货款
	 * 60 % thirty days after arrival, 质保金 10 % at the end of a 12-month warranty; approved by 李明.
	 */
	static long invoiceFirstContract(Quotes quotes, String username, LocalDate signedOn) throws Exception {
		long id = ((Number) JsonPath.read(quotes.body(post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"quoteId\": " + quotes.accepted(username) + "}"), username), "$.row.id")).longValue();
		quotes.body(put("/api/v1/contracts/" + id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"开关柜采购合同\", \"signedOn\": \"" + signedOn + "\"}"), username);
		quotes.body(put("/api/v1/contracts/" + id + "/terms").contentType(MediaType.APPLICATION_JSON).content("""
				{"terms": [
				 {"name": "开票款", "kind": "PERCENT", "value": 30, "trigger": "INVOICE_ISSUED", "offset": 10},
				 {"name": "到货款", "kind": "PERCENT", "value": 60, "trigger": "ARRIVAL", "offset": 30},
				 {"name": "质保金", "kind": "PERCENT", "value": 10, "trigger": "WARRANTY_END", "warrantyMonths": 12}]}"""),
				username);
		long request = ((Number) JsonPath.read(quotes.body(post("/api/v1/contracts/" + id + "/submit"), username),
				"$.approvalRequestId")).longValue();
		long version = ((Number) JsonPath.read(quotes.body(get("/api/v1/approval-requests/" + request), "manager"),
				"$.version")).longValue();
		quotes.body(post("/api/v1/approval-requests/" + request + "/approve").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"), "manager");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "EFFECTIVE"
			.equals(JsonPath.read(quotes.body(get("/api/v1/contracts/" + id), username), "$.row.status")));
		return id;
	}

	static String body(String taxNumber, BigDecimal amount) {
		return """
				{"kind": "SPECIAL", "buyerName": "许昌供电公司", "buyerTaxNumber": "%s",
				 "buyerAddressPhone": "许昌市魏都区 0374-1234567", "buyerBankAccount": "工商银行许昌分行 1708020109024512345",
				 "amount": %s}""".formatted(taxNumber, amount);
	}

	static String withLines(String amount, String... lines) {
		return """
				{"kind": "SPECIAL", "buyerName": "许昌供电公司", "buyerTaxNumber": "%s", %s "lines": [%s]}"""
			.formatted(TAX_NUMBER, amount == null ? "" : "\"amount\": " + amount + ",", String.join(", ", lines));
	}

	static String line(String name, String amount, String rate) {
		return "{\"name\": \"%s\", \"amount\": %s, \"taxRate\": %s}".formatted(name, amount, rate);
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(new TestUsers(userDetails).as("demo", username))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private BigDecimal total(long contract) throws Exception {
		return new BigDecimal(JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract), "sales"), "$.row.total")
			.toString());
	}

	private ResultActions request(long contract, String username, String json) throws Exception {
		return mvc.perform(post("/api/v1/contracts/" + contract + "/invoices").header("Authorization", quotes().token(username))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions decide(long invoice, String username, String how, String json) throws Exception {
		return mvc.perform(post("/api/v1/invoices/" + invoice + "/" + how).header("Authorization", quotes().token(username))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
