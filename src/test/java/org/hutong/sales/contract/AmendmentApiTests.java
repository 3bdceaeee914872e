package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 补充协议 on a contract in effect: terms that miss the new amount are refused with the difference; a
 * valid one goes to its own approval (a second waits until it ends) and changes nothing until 李明
 * approves it — then the amount (the difference's tax at its rate) and the terms are the new ones,
 * and the amendment keeps both the before and the after. A draft cannot be amended.
 */
@HutongTest
class AmendmentApiTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final String TERMS = """
			[{"name": "预付款", "kind": "PERCENT", "value": 30, "trigger": "SIGNING", "offset": 7},
			 {"name": "到货款", "kind": "PERCENT", "value": %s, "trigger": "ARRIVAL", "offset": 30},
			 {"name": "质保金", "kind": "PERCENT", "value": 10, "trigger": "WARRANTY_END", "warrantyMonths": 24}]""";

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
	void anAmendmentChangesTheAmountAndTermsOnlyOnceApproved() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(20));
		String before = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		BigDecimal total = new BigDecimal(JsonPath.read(before, "$.row.total").toString());
		BigDecimal net = new BigDecimal(JsonPath.read(before, "$.netTotal").toString());
		BigDecimal after = total.add(new BigDecimal("11300.00"));

		propose(contract, after, "50").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("10")));
		propose(contract, new BigDecimal("-1"), "60").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.total").exists());
		String proposed = propose(contract, after, "60").andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<String>read(proposed, "$.amendments[0].status")).isEqualTo("APPROVING");
		assertThat(JsonPath.<String>read(proposed, "$.amendments[0].number")).endsWith("-BC1");
		assertThat(JsonPath.<Boolean>read(proposed, "$.mayAmend")).isFalse();
		propose(contract, after, "60").andExpect(status().isBadRequest());
		// nothing changes before the approval
		assertThat(new BigDecimal(JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract), "sales"), "$.row.total")
			.toString())).isEqualByComparingTo(total);

		long request = ((Number) JsonPath.read(proposed, "$.amendments[0].approvalRequestId")).longValue();
		long version = ((Number) JsonPath.read(quotes().body(get("/api/v1/approval-requests/" + request), "manager"),
				"$.version")).longValue();
		quotes().body(post("/api/v1/approval-requests/" + request + "/approve").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"), "manager");
		String amended = await().atMost(Duration.ofSeconds(20)).until(
				() -> quotes().body(get("/api/v1/contracts/" + contract + "/amendments"), "sales"),
				body -> "APPROVED".equals(JsonPath.read(body, "$.amendments[0].status")));
		assertThat(new BigDecimal(JsonPath.read(amended, "$.amendments[0].beforeTotal").toString())).isEqualByComparingTo(total);
		assertThat(JsonPath.<Integer>read(amended, "$.amendments[0].beforeTerms[2].warrantyMonths")).isEqualTo(12);
		assertThat(JsonPath.<Integer>read(amended, "$.amendments[0].afterTerms[2].warrantyMonths")).isEqualTo(24);
		String now = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		assertThat(new BigDecimal(JsonPath.read(now, "$.row.total").toString())).isEqualByComparingTo(after);
		// 11,300 with 13 % tax is 10,000 before tax
		assertThat(new BigDecimal(JsonPath.read(now, "$.netTotal").toString()))
			.isEqualByComparingTo(net.add(new BigDecimal("10000.00")));
		assertThat(JsonPath.<String>read(now, "$.next.name")).isEqualTo("预付款");
		String page = mvc.perform(get("/sales/contracts/" + contract + "/amendments").with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("-BC1").contains("已生效").contains("变更前").contains("新建补充协议");
		assertThat(mvc.perform(get("/sales/contracts/" + contract + "/amendments/new").with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("amendment-form").contains("质保金");
	}

	@Test
	void aDraftIsChangedInPlaceNotAmended() throws Exception {
		long draft = ((Number) JsonPath.read(quotes().body(post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"quoteId\": " + quotes().accepted("sales") + "}"), "sales"), "$.row.id")).longValue();
		propose(draft, new BigDecimal("1000"), "60").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已生效")));
	}

	@Test
	void aContractInEffectIsTerminatedWithItsReasonAndCannotBeAmendedAfterwards() throws Exception {
		long contract = quotes().effectiveContract("sales", LocalDate.now(SHANGHAI).minusDays(10));
		terminate(contract, "{\"reason\": \" \"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
		terminate(contract, "{\"reason\": \"客户项目取消\", \"version\": 99}").andExpect(status().isConflict());
		terminate(contract, "{\"reason\": \"客户项目取消\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("TERMINATED")).andExpect(jsonPath("$.terminatedReason").value("客户项目取消"));
		terminate(contract, "{\"reason\": \"再次终止\"}").andExpect(status().isBadRequest());
		propose(contract, new BigDecimal("1000"), "60").andExpect(status().isBadRequest());
		String page = mvc.perform(get("/sales/contracts/" + contract).with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("合同已终止：客户项目取消");
	}

	@Test
	void anAmendmentSplitsTheDeliveryIntoBatchesButNeverStrandsOneRecorded() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(20));
		BigDecimal total = new BigDecimal(JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract), "sales"),
				"$.row.total").toString());

		propose(contract, total, "60", "40/x").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.batches").exists());
		String proposed = propose(contract, total, "60", "40/60").andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<Object>read(proposed, "$.amendments[0].beforeBatches")).isNull();
		assertThat(JsonPath.<String>read(proposed, "$.amendments[0].afterBatches")).isEqualTo("40/60");
		approve(((Number) JsonPath.read(proposed, "$.amendments[0].approvalRequestId")).longValue());
		String split = await().atMost(Duration.ofSeconds(20)).until(
				() -> quotes().body(get("/api/v1/contracts/" + contract), "sales"),
				body -> JsonPath.<java.util.List<?>>read(body, "$.batches").size() == 2);
		assertThat(JsonPath.<Integer>read(split, "$.batches[1].percent")).isEqualTo(60);
		// the 到货款 (60 %) is now paid batch by batch: 40 % and 60 % of it
		assertThat(JsonPath.<java.util.List<Object>>read(split, "$.plan[?(@.name == '到货款')].amount")).hasSize(2);
		assertThat(new BigDecimal(JsonPath.read(split, "$.plan[2].amount").toString()))
			.isEqualByComparingTo(total.multiply(new BigDecimal("0.36")).setScale(2, java.math.RoundingMode.HALF_UP));

		// batch 2 goes out: an amendment may still reshape the two batches, but not drop the second
		long line = ((Number) JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales"),
				"$.lines[0].contractLineId")).longValue();
		quotes().body(post("/api/v1/contracts/" + contract + "/deliveries").contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\": \"%s\", \"batch\": 2, \"lines\": [{\"contractLineId\": %d, \"quantity\": 1}]}"
				.formatted(today, line)), "sales");
		propose(contract, total, "60", "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.batches").exists());
		propose(contract, total, "60", "100").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.batches").exists());
		propose(contract, total, "60", "50/50").andExpect(status().isCreated());

		// a contract that shipped at once cannot be split afterwards
		long atOnce = quotes().effectiveContract("sales", today.minusDays(20));
		long atOnceLine = ((Number) JsonPath.read(quotes().body(get("/api/v1/contracts/" + atOnce + "/fulfilment"), "sales"),
				"$.lines[0].contractLineId")).longValue();
		quotes().body(post("/api/v1/contracts/" + atOnce + "/deliveries").contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\": \"%s\", \"lines\": [{\"contractLineId\": %d, \"quantity\": 1}]}"
				.formatted(today, atOnceLine)), "sales");
		propose(atOnce, total, "60", "40/60").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.batches").value(org.hamcrest.Matchers.containsString("整单")));
		// and an amendment that does not mention batches leaves them as they are
		propose(atOnce, total, "60").andExpect(status().isCreated())
			.andExpect(jsonPath("$.amendments[0].afterBatches").value(org.hamcrest.Matchers.nullValue()));
	}

	private void approve(long request) throws Exception {
		long version = ((Number) JsonPath.read(quotes().body(get("/api/v1/approval-requests/" + request), "manager"),
				"$.version")).longValue();
		quotes().body(post("/api/v1/approval-requests/" + request + "/approve").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"), "manager");
	}

	private ResultActions terminate(long contract, String json) throws Exception {
		return mvc.perform(post("/api/v1/contracts/" + contract + "/terminate").header("Authorization", quotes().token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions propose(long contract, BigDecimal total, String arrivalShare) throws Exception {
		return propose(contract, total, arrivalShare, null);
	}

	/** {@code batches} null: not mentioned, so the contract's stay. */
	private ResultActions propose(long contract, BigDecimal total, String arrivalShare, String batches) throws Exception {
		return mvc.perform(post("/api/v1/contracts/" + contract + "/amendments").header("Authorization", quotes().token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"reason": "增加两面 KYN28A-12 开关柜", "signedOn": "%s", "total": %s, "taxRate": 13, "terms": %s%s}"""
				.formatted(LocalDate.now(SHANGHAI), total, TERMS.formatted(arrivalShare),
						batches == null ? "" : ", \"batches\": \"" + batches + "\"")));
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
