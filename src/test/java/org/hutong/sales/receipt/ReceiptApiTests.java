package org.hutong.sales.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.contract.Quotes;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 回款 through the API on a contract in effect: a receipt beyond what is still to collect, a 承兑汇票
 * without its number or maturing before it was issued, each refused by its field; a transfer recorded
 * by 王芳 settles the 预付款 first, counts only once finance confirmed it (she may not), and is a 喜报
 * and a notice to her; a return needs its reason. Two receipts that together exceed the contract,
 * confirmed by finance at the same moment: one counts, the other is refused, and never more than the
 * contract's amount is collected.
 */
@HutongTest
class ReceiptApiTests {

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

	@Test
	void aReceiptCountsOnceFinanceConfirmsItAndSettlesTheOldestTermFirst() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(10));
		BigDecimal total = total(contract);
		record(contract, "sales", "{\"receivedOn\": \"%s\", \"amount\": %s, \"method\": \"TRANSFER\"}"
			.formatted(today, total.add(BigDecimal.ONE))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.amount").value(containsString("还剩")));
		record(contract, "sales", "{\"receivedOn\": \"%s\", \"amount\": 1000, \"method\": \"DRAFT\"}".formatted(today))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.draftNumber").exists())
			.andExpect(jsonPath("$.errors.draftMaturesOn").exists());
		record(contract, "sales", """
				{"receivedOn": "%s", "amount": 1000, "method": "DRAFT", "draftNumber": "1304 5000 0001", "draftBank": "工商银行许昌分行",
				 "draftIssuedOn": "%s", "draftMaturesOn": "%s"}""".formatted(today, today, today.minusDays(1)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.draftMaturesOn").exists());

		BigDecimal advance = total.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP);
		String recorded = quotes().body(post("/api/v1/contracts/" + contract + "/receipts")
			.contentType(MediaType.APPLICATION_JSON).content("{\"receivedOn\": \"%s\", \"amount\": %s, \"method\": \"TRANSFER\", \"payerAccount\": \"许昌供电公司 工行 1708\"}"
				.formatted(today, advance)), "sales");
		assertThat(JsonPath.<String>read(recorded, "$.receipts[0].status")).isEqualTo("RECORDED");
		assertThat(JsonPath.<String>read(recorded, "$.receipts[0].parts[0].term")).isEqualTo("预付款");
		assertThat(new BigDecimal(JsonPath.read(recorded, "$.collected").toString())).isZero();
		long receipt = ((Number) JsonPath.read(recorded, "$.receipts[0].id")).longValue();

		decide(contract, receipt, "sales", "confirm", "{\"version\": 0}").andExpect(status().isForbidden());
		decide(contract, receipt, "finance", "reject", "{\"version\": 0}").andExpect(status().isBadRequest());
		decide(contract, receipt, "finance", "confirm", "{\"version\": 0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.receipts[0].status").value("CONFIRMED"));
		decide(contract, receipt, "finance", "confirm", "{\"version\": 1}").andExpect(status().isBadRequest());
		String view = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		assertThat(new BigDecimal(JsonPath.read(view, "$.collected").toString())).isEqualByComparingTo(advance);
		assertThat(new BigDecimal(JsonPath.read(view, "$.termsCollected[0]").toString())).isEqualByComparingTo(advance);
		assertThat(JsonPath.<String>read(view, "$.next.name")).isEqualTo("到货款");
		// a 承兑汇票 maturing within the month is on finance's 汇票到期 list once confirmed
		String drafted = quotes().body(post("/api/v1/contracts/" + contract + "/receipts").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"receivedOn": "%s", "amount": 1000, "method": "DRAFT", "draftNumber": "1304 5000 0002", "draftBank": "建设银行许昌分行",
					 "draftIssuedOn": "%s", "draftMaturesOn": "%s"}""".formatted(today, today, today.plusDays(30))), "finance");
		long draft = ((Number) JsonPath.read(drafted, "$.receipts[0].id")).longValue();
		String waitingList = page("/sales/receipts", "finance");
		assertThat(waitingList).contains(JsonPath.<String>read(drafted, "$.receipts[0].number"));
		decide(contract, draft, "finance", "confirm", "{\"version\": 0}").andExpect(status().isOk());
		assertThat(page("/sales/receipts?list=DRAFTS", "finance")).contains("1304 5000 0002").contains(today.plusDays(30).toString());
		assertThat(page("/sales/receipts?list=DRAFTS", "sales2")).doesNotContain("1304 5000 0002");
		// the customer page's 回款 tab, within the data scope
		long customer = ((Number) JsonPath.read(view, "$.row.customerId")).longValue();
		String tab = mvc.perform(get("/sales/receipts/of-customer/" + customer).with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(tab).contains(JsonPath.<String>read(recorded, "$.receipts[0].number")).contains("已确认")
			.contains(String.format(java.util.Locale.ROOT, "%,.2f", advance));
		String others = mvc.perform(get("/sales/receipts/of-customer/" + customer).with(new TestUsers(userDetails).as("demo", "sales2")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(others).doesNotContain(JsonPath.<String>read(recorded, "$.receipts[0].number"));
		// 回款额 for targets: her month's collected includes it
		String month = today.getYear() + "-" + today.getMonthValue();
		String ranking = quotes().body(get("/api/v1/targets").param("period", month).param("metric", "COLLECTED"), "sales");
		assertThat(new BigDecimal(JsonPath.<List<Object>>read(ranking, "$.people[?(@.name == '王芳')].achieved").get(0).toString()))
			.isGreaterThanOrEqualTo(advance);
		await().atMost(Duration.ofSeconds(20)).until(() -> count("feed_post", "source_event", "paymentReceived:" + receipt) == 1
				&& count("notifications_notification", "source_key", "contract:" + contract + ":receipt:" + receipt) == 1);
	}

	@Test
	void twoConfirmationsAtOnceNeverCollectBeyondTheContract() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(5));
		BigDecimal total = total(contract);
		BigDecimal part = total.multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP);
		List<Long> waiting = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String answer = quotes().body(post("/api/v1/contracts/" + contract + "/receipts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"receivedOn\": \"%s\", \"amount\": %s, \"method\": \"TRANSFER\"}".formatted(today, part)), "sales");
			waiting.add(((Number) JsonPath.read(answer, "$.receipts[0].id")).longValue());
		}
		String first = quotes().token("finance");
		String second = quotes().token("finance");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				String token = i == 0 ? first : second;
				long receipt = waiting.get(i);
				Callable<Integer> confirm = () -> {
					start.await();
					return mvc.perform(post("/api/v1/contracts/" + contract + "/receipts/" + receipt + "/confirm")
						.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
						.andReturn().getResponse().getStatus();
				};
				answers.add(pool.submit(confirm));
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
		String view = quotes().body(get("/api/v1/contracts/" + contract + "/receipts"), "sales");
		assertThat(new BigDecimal(JsonPath.read(view, "$.collected").toString())).isEqualByComparingTo(part);
		assertThat(JsonPath.<List<String>>read(view, "$.receipts[*].status")).containsExactlyInAnyOrder("CONFIRMED", "RECORDED");
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(new TestUsers(userDetails).as("demo", username))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private BigDecimal total(long contract) throws Exception {
		return new BigDecimal(JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract), "sales"), "$.row.total")
			.toString());
	}

	private ResultActions record(long contract, String username, String json) throws Exception {
		return mvc.perform(post("/api/v1/contracts/" + contract + "/receipts").header("Authorization", quotes().token(username))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions decide(long contract, long receipt, String username, String how, String json) throws Exception {
		return mvc.perform(post("/api/v1/contracts/" + contract + "/receipts/" + receipt + "/" + how)
			.header("Authorization", quotes().token(username)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long count(String table, String column, String key) {
		return new DemoTenants(tenants, transactions).call("demo", () -> jdbc.sql("SELECT COUNT(*) FROM " + table
				+ " WHERE tenant_id = :tenantId AND " + column + " = :key").param("key", key).query(Long.class).single());
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
