package org.hutong.sales.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.contract.Quotes;
import org.hutong.sales.contract.OwedSums;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 应收 through the API and the pages: a contract approved ten days after signing owes its 预付款 three
 * days overdue until finance confirms it; a 本人-scoped salesperson sees only her own terms, in the
 * lists, the sums and the ageing; filters that do not read answer 400 problem+json; the ageing
 * exports as a readable .xlsx; a htmx request gets only the rows.
 */
@HutongTest
class ReceivableApiTests {

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

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	OwedSums sums;

	@Test
	void anEffectiveContractsTermIsOwedUntilCollected() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(10));
		String view = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		long customer = ((Number) JsonPath.read(view, "$.row.customerId")).longValue();
		BigDecimal advance = new BigDecimal(JsonPath.read(view, "$.row.total").toString()).multiply(new BigDecimal("0.30"))
			.setScale(2, RoundingMode.HALF_UP);
		String owed = quotes().body(get("/api/v1/receivables").param("customer", String.valueOf(customer)), "sales");
		assertThat(JsonPath.<List<String>>read(owed, "$.items[*].termName")).containsExactly("预付款");
		assertThat(((Number) JsonPath.read(owed, "$.items[0].daysOverdue")).longValue()).isEqualTo(3);
		assertThat(new BigDecimal(JsonPath.read(owed, "$.items[0].owed").toString())).isEqualByComparingTo(advance);
		assertThat(new BigDecimal(JsonPath.read(owed, "$.sums.owedCny").toString())).isEqualByComparingTo(advance);

		String recorded = quotes().body(post("/api/v1/contracts/" + contract + "/receipts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\": \"%s\", \"amount\": %s, \"method\": \"TRANSFER\"}".formatted(today, advance)), "sales");
		long receipt = ((Number) JsonPath.read(recorded, "$.receipts[0].id")).longValue();
		quotes().body(post("/api/v1/contracts/" + contract + "/receipts/" + receipt + "/confirm")
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"), "finance");
		String settled = quotes().body(get("/api/v1/receivables").param("customer", String.valueOf(customer)), "sales");
		assertThat(JsonPath.<List<Object>>read(settled, "$.items")).isEmpty();
		mvc.perform(get("/sales/contracts/" + contract + "/term-changes").with(users().as("demo", "sales")))
			.andExpect(status().isOk());
	}

	@Test
	void aSelfScopedSalespersonSeesOnlyHerOwnTerms() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		CustomerFixtures fixtures = fixtures();
		long customer = fixtures.customer("sales").getId();
		OwedTerms owed = new OwedTerms(jdbc, new DemoTenants(tenants, transactions), sums);
		long hers = owed.contract(customer, fixtures.userId("sales"), List.of(
				new OwedTerms.Owed(today.minusDays(40), new BigDecimal("100.00")),
				new OwedTerms.Owed(today.plusDays(3), new BigDecimal("50.00"))));
		long his = owed.contract(customer, fixtures.userId("sales2"), List.of(
				new OwedTerms.Owed(today.minusDays(5), new BigDecimal("70.00"))));

		String mine = quotes().body(get("/api/v1/receivables").param("customer", String.valueOf(customer)), "sales");
		assertThat(JsonPath.<List<Integer>>read(mine, "$.items[*].contractId")).containsExactly((int) hers);
		assertThat(new BigDecimal(JsonPath.read(mine, "$.sums.owedCny").toString())).isEqualByComparingTo("100.00");
		String soon = quotes().body(get("/api/v1/receivables").param("customer", String.valueOf(customer))
			.param("list", "DUE_SOON").param("days", "7"), "sales");
		assertThat(JsonPath.<List<Integer>>read(soon, "$.items[*].contractId")).containsExactly((int) hers);
		String others = quotes().body(get("/api/v1/receivables").param("customer", String.valueOf(customer)), "sales2");
		assertThat(JsonPath.<List<Integer>>read(others, "$.items[*].contractId")).containsExactly((int) his);
		String all = quotes().body(get("/api/v1/receivables").param("customer", String.valueOf(customer)), "admin");
		assertThat(JsonPath.<List<Integer>>read(all, "$.items[*].contractId")).containsExactly((int) hers, (int) his);

		String ageing = quotes().body(get("/api/v1/receivables/ageing").param("customer", String.valueOf(customer)), "sales");
		assertThat(new BigDecimal(JsonPath.read(ageing, "$.total.amount").toString())).isEqualByComparingTo("150.00");
		assertThat(new BigDecimal(JsonPath.read(ageing, "$.total.cells[2].amount").toString())).isEqualByComparingTo("100.00");
		String byOwner = quotes().body(get("/api/v1/receivables/ageing").param("customer", String.valueOf(customer))
			.param("groupBy", "OWNER"), "admin");
		assertThat(JsonPath.<List<String>>read(byOwner, "$.groups[*].name")).containsExactlyInAnyOrder("王芳", "陈磊");

		String page = mvc.perform(get("/sales/receivables").param("customer", String.valueOf(customer))
			.with(users().as("demo", "sales2"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<nav").contains(number(his)).doesNotContain(number(hers));
		String rows = mvc.perform(get("/sales/receivables").param("customer", String.valueOf(customer))
			.header("HX-Request", "true").with(users().as("demo", "sales"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(rows).contains(number(hers)).doesNotContain("<nav").doesNotContain(number(his));
		mvc.perform(get("/sales/receivables/ageing").param("groupBy", "DEPARTMENT").with(users().as("demo", "manager")))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("应收账龄")));
	}

	@Test
	void filtersThatDoNotReadAnswerProblems() throws Exception {
		String token = quotes().token("sales");
		mvc.perform(get("/api/v1/receivables").param("after", "yesterday").header("Authorization", token))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.after").exists());
		mvc.perform(get("/api/v1/receivables").param("days", "0").header("Authorization", token))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.days").exists());
		mvc.perform(get("/api/v1/receivables").param("list", "SOMETIME").header("Authorization", token))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/receivables/ageing").param("groupBy", "REGION").header("Authorization", token))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/sales/receivables").param("after", "nonsense").with(users().as("demo", "sales")))
			.andExpect(status().isOk());
	}

	@Test
	void theAgeingExportsAsAReadableWorkbook() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		CustomerFixtures fixtures = fixtures();
		long customer = fixtures.customer("sales").getId();
		new OwedTerms(jdbc, new DemoTenants(tenants, transactions), sums).contract(customer, fixtures.userId("sales"), List.of(
				new OwedTerms.Owed(today.minusDays(100), new BigDecimal("1234.50")),
				new OwedTerms.Owed(today.plusDays(10), new BigDecimal("10.00"))));
		byte[] file = mvc.perform(get("/sales/receivables/ageing.xlsx").param("customer", String.valueOf(customer))
			.with(users().as("demo", "sales"))).andExpect(status().isOk())
			.andExpect(content().contentType(org.hutong.transfer.XlsxDownload.TYPE)).andReturn().getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCell(i) == null ? null : row.getCell(i).getText());
				}
				rows.add(cells);
			}
		}
		assertThat(rows.get(0)).startsWith("客户", "未到期金额", "未到期期数", "1–30 天金额");
		String name = demoCustomerName(customer);
		assertThat(rows.get(1).get(0)).isEqualTo(name);
		assertThat(new BigDecimal(rows.get(1).get(1))).isEqualByComparingTo("10.00");
		assertThat(new BigDecimal(rows.get(1).get(7))).as("91–180 days").isEqualByComparingTo("1234.50");
		assertThat(rows.get(2).get(0)).isEqualTo("合计");
		assertThat(new BigDecimal(rows.get(2).get(13))).isEqualByComparingTo("1244.50");
	}

	private String demoCustomerName(long customer) {
		return new DemoTenants(tenants, transactions).call("demo", () -> jdbc
			.sql("SELECT name FROM customers_customer WHERE tenant_id = :tenantId AND id = :id").param("id", customer)
			.query(String.class).single());
	}

	private String number(long contract) {
		return new DemoTenants(tenants, transactions).call("demo", () -> jdbc
			.sql("SELECT number FROM sales_contract WHERE tenant_id = :tenantId AND id = :id").param("id", contract)
			.query(String.class).single());
	}

	private TestUsers users() {
		return new TestUsers(userDetails);
	}

	private CustomerFixtures fixtures() {
		return new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	private Quotes quotes() {
		return new Quotes(mvc, fixtures(), userDetails, tokens);
	}
}
