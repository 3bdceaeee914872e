package org.hutong.sales.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 质保金 as its own record: made when the contract takes effect (10 % of it, not due, its release day
 * known only after final acceptance); final acceptance thirteen months ago makes it released twelve
 * months later, overdue and claimable; an open quality claim blocks asking it back until resolved; a
 * claim dated tomorrow, a guarantee expiring before it was issued, asking back during the warranty
 * are refused by field or reason; collecting the whole contract makes it 已收回. The lists keep to the
 * data scope.
 */
@HutongTest
class RetentionApiTests {

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
	void aRetentionIsReleasedAfterTheWarrantyAndAskedBackOnceNoClaimIsOpen() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(420));
		String made = awaitRetentions(contract);
		BigDecimal total = total(contract);
		assertThat(new BigDecimal(JsonPath.read(made, "$.retentions[0].amount").toString()))
			.isEqualByComparingTo(total.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP));
		assertThat(JsonPath.<String>read(made, "$.retentions[0].status")).isEqualTo("NOT_DUE");
		assertThat(JsonPath.<Object>read(made, "$.retentions[0].releaseOn")).isNull();
		long retention = ((Number) JsonPath.read(made, "$.retentions[0].id")).longValue();
		request(retention, "sales").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("质保期未满")));

		LocalDate accepted = today.minusDays(400);
		deliverAndAccept(contract, today.minusDays(410), today.minusDays(405), accepted);
		String released = awaitRelease(contract, accepted.plusMonths(12));
		assertThat(JsonPath.<String>read(released, "$.retentions[0].warrantyStartsOn")).isEqualTo(accepted.toString());
		assertThat(JsonPath.<String>read(released, "$.retentions[0].status")).isEqualTo("CLAIMABLE");
		assertThat(list("OVERDUE", "sales")).contains(String.valueOf(retention));
		assertThat(list("OVERDUE", "sales2")).doesNotContain("\"id\":" + retention + ",");

		claim(retention, "{\"description\": \"柜门锁具损坏\", \"raisedOn\": \"%s\"}".formatted(today.plusDays(1)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.raisedOn").exists());
		claim(retention, "{\"description\": \" \", \"raisedOn\": \"%s\"}".formatted(today))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.description").exists());
		String claimed = quotes().body(post("/api/v1/retentions/" + retention + "/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\": \"柜门锁具损坏\", \"raisedOn\": \"%s\"}".formatted(today)), "sales");
		assertThat(JsonPath.<Boolean>read(claimed, "$.blocked")).isTrue();
		request(retention, "sales").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("质量问题")));
		long claimId = ((Number) JsonPath.read(claimed, "$.claims[0].id")).longValue();
		resolve(retention, claimId, "{\"version\": 0, \"resolution\": \" \"}").andExpect(status().isBadRequest());
		resolve(retention, claimId, "{\"version\": 0, \"resolution\": \"已更换锁具，客户签字确认\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.blocked").value(false));
		String asked = request(retention, "sales").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<String>read(asked, "$.status")).isEqualTo("REQUESTED");
		request(retention, "sales").andExpect(status().isBadRequest());

		// finance confirms the whole contract: the retention is collected
		String receipt = quotes().body(post("/api/v1/contracts/" + contract + "/receipts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\": \"%s\", \"amount\": %s, \"method\": \"TRANSFER\"}".formatted(today, total)), "finance");
		long receiptId = ((Number) JsonPath.read(receipt, "$.receipts[0].id")).longValue();
		quotes().body(post("/api/v1/contracts/" + contract + "/receipts/" + receiptId + "/confirm")
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"), "finance");
		await().atMost(Duration.ofSeconds(20)).until(() -> "COLLECTED".equals(JsonPath.read(
				quotes().body(get("/api/v1/retentions/" + retention), "sales"), "$.status")));
		assertThat(list("OVERDUE", "sales")).doesNotContain("\"id\":" + retention + ",");
		claim(retention, "{\"description\": \"又坏了\", \"raisedOn\": \"%s\"}".formatted(today)).andExpect(status().isBadRequest());
	}

	@Test
	void aRetentionDueWithinNinetyDaysIsListedAndABankGuaranteeIsCheckedAndRecorded() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(320));
		String made = awaitRetentions(contract);
		long retention = ((Number) JsonPath.read(made, "$.retentions[0].id")).longValue();
		LocalDate accepted = today.minusDays(300);
		deliverAndAccept(contract, today.minusDays(310), today.minusDays(305), accepted);
		awaitRelease(contract, accepted.plusMonths(12));
		String dueSoon = list("DUE_SOON", "sales");
		assertThat(dueSoon).contains("\"id\":" + retention + ",");
		assertThat(JsonPath.<Integer>read(dueSoon, "$.total")).isPositive();
		request(retention, "sales").andExpect(status().isBadRequest());

		String version = mvc.perform(get("/api/v1/retentions/" + retention).header("Authorization", quotes().token("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		guarantee(retention, version, today, today.minusDays(1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.expiresOn").exists());
		guarantee(retention, version, today, LocalDate.of(9999, 1, 1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.expiresOn").exists());
		guarantee(retention, "\"99\"", today, today.plusDays(60)).andExpect(status().isConflict());
		guarantee(retention, version, today, today.plusDays(60)).andExpect(status().isOk())
			.andExpect(jsonPath("$.guarantee.number").value("BH-2026-018"));
		assertThat(list("GUARANTEES", "sales")).contains("BH-2026-018");
		assertThat(list("GUARANTEES", "sales2")).doesNotContain("BH-2026-018");
	}

	@Test
	void thePagesShowTheRetentionAndTheLists() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(30));
		awaitRetentions(contract);
		String section = page("/sales/contracts/" + contract + "/retentions", "sales");
		assertThat(section).contains("未到期").contains("终验后确定").contains("登记质量问题");
		assertThat(page("/sales/retentions", "sales")).contains("90 天内到期");
		assertThat(page("/sales/retentions?list=OVERDUE&after=garbage", "sales")).contains("已逾期");
		assertThat(page("/sales/contracts/" + contract, "sales")).contains("/sales/contracts/" + contract + "/retentions");
	}

	private void deliverAndAccept(long contract, LocalDate shipped, LocalDate arrived, LocalDate accepted) throws Exception {
		String fulfilment = quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales");
		List<Map<String, Object>> lines = JsonPath.read(fulfilment, "$.lines");
		String shipping = lines.stream().map(l -> "{\"contractLineId\": %s, \"quantity\": %s}".formatted(l.get("contractLineId"),
				l.get("open"))).collect(Collectors.joining(", "));
		String shippedNote = quotes().body(post("/api/v1/contracts/" + contract + "/deliveries").contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\": \"%s\", \"lines\": [%s]}".formatted(shipped, shipping)), "sales");
		long delivery = ((Number) JsonPath.read(shippedNote, "$.deliveries[0].id")).longValue();
		quotes().body(post("/api/v1/contracts/" + contract + "/deliveries/" + delivery + "/arrival")
			.contentType(MediaType.APPLICATION_JSON).content("{\"arrivedOn\": \"%s\"}".formatted(arrived)), "sales");
		quotes().body(post("/api/v1/contracts/" + contract + "/acceptances").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"FINAL\", \"acceptedOn\": \"%s\", \"acceptedBy\": \"刘工\"}".formatted(accepted)), "sales");
	}

	private String awaitRetentions(long contract) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> quotes().body(get("/api/v1/contracts/" + contract + "/retentions"),
				"sales"), body -> !JsonPath.<List<Object>>read(body, "$.retentions").isEmpty());
	}

	private String awaitRelease(long contract, LocalDate releaseOn) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> quotes().body(get("/api/v1/contracts/" + contract + "/retentions"),
				"sales"), body -> releaseOn.toString().equals(JsonPath.read(body, "$.retentions[0].releaseOn")));
	}

	private String list(String kind, String username) throws Exception {
		return quotes().body(get("/api/v1/retentions").param("list", kind), username);
	}

	private ResultActions request(long retention, String username) throws Exception {
		return mvc.perform(post("/api/v1/retentions/" + retention + "/request").header("Authorization", quotes().token(username)));
	}

	private ResultActions claim(long retention, String json) throws Exception {
		return mvc.perform(post("/api/v1/retentions/" + retention + "/claims").header("Authorization", quotes().token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions resolve(long retention, long claim, String json) throws Exception {
		return mvc.perform(post("/api/v1/retentions/" + retention + "/claims/" + claim + "/resolve")
			.header("Authorization", quotes().token("sales")).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions guarantee(long retention, String ifMatch, LocalDate issued, LocalDate expires) throws Exception {
		return mvc.perform(put("/api/v1/retentions/" + retention + "/guarantee").header("Authorization", quotes().token("sales"))
			.header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON)
			.content("{\"number\": \"BH-2026-018\", \"bank\": \"中国银行许昌分行\", \"amount\": 5000, \"issuedOn\": \"%s\", \"expiresOn\": \"%s\"}"
				.formatted(issued, expires)));
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(new TestUsers(userDetails).as("demo", username))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private BigDecimal total(long contract) throws Exception {
		return new BigDecimal(JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract), "sales"), "$.row.total")
			.toString());
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
