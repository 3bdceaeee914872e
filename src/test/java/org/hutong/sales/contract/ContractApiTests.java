package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /api/v1/contracts}: an accepted quote becomes a draft contract with the quote's lines and
 * total to the fen, once only; a draft's header is refused by its field (a date in 0001, a foreign
 * currency without its rate), a stale If-Match is 409; submitted, 李明 approves and the contract takes
 * effect, or rejects and it is a draft again with the reason; only a draft may be deleted.
 */
@HutongTest
class ContractApiTests {

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
	void anAcceptedQuoteBecomesOneContractThatTakesEffectWhenApproved() throws Exception {
		String sales = token("sales");
		long quote = quotes().accepted("sales");
		BigDecimal quoteTotal = new BigDecimal(JsonPath.read(body(get("/api/v1/quotes/" + quote), sales), "$.row.total")
			.toString());
		String created = mvc.perform(post("/api/v1/contracts").header("Authorization", sales)
			.contentType(MediaType.APPLICATION_JSON).content("{\"quoteId\": " + quote + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.row.status").value("DRAFT"))
			.andExpect(jsonPath("$.row.number").value(startsWith("HT-" + Year.now().getValue() + "-")))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.row.id")).longValue();
		assertThat(new BigDecimal(JsonPath.read(created, "$.row.total").toString())).isEqualByComparingTo(quoteTotal);
		BigDecimal lines = JsonPath.<List<Object>>read(created, "$.lines[*].total").stream()
			.map(total -> new BigDecimal(total.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(lines).isEqualByComparingTo(quoteTotal);

		mvc.perform(post("/api/v1/contracts").header("Authorization", sales).contentType(MediaType.APPLICATION_JSON)
			.content("{\"quoteId\": " + quote + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString(JsonPath.<String>read(created, "$.row.number"))));

		mvc.perform(put("/api/v1/contracts/" + id).header("Authorization", sales).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"配电设备采购合同\", \"signedOn\": \"0001-01-01\", \"currency\": \"USD\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.signedOn").exists())
			.andExpect(jsonPath("$.errors.cnyRate").exists());
		mvc.perform(put("/api/v1/contracts/" + id).header("Authorization", sales).header("If-Match", "\"7\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"配电设备采购合同\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/contracts/" + id + "/submit").header("Authorization", sales))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("签订日期")));
		mvc.perform(put("/api/v1/contracts/" + id).header("Authorization", sales).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "配电设备采购合同", "signedOn": "2026-12-01", "startsOn": "2026-12-05", "endsOn": "2027-12-04",
					 "ourSignatory": "王芳", "customerSignatory": "刘工", "warrantyMonths": 12}"""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.row.signedOn").value("2026-12-01"));

		mvc.perform(post("/api/v1/contracts/" + id + "/submit").header("Authorization", sales))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("回款条款")));
		mvc.perform(put("/api/v1/contracts/" + id + "/terms").header("Authorization", sales)
			.contentType(MediaType.APPLICATION_JSON).content(terms("30", "50", "10")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("还差 10.00 %")));
		String planned = mvc.perform(put("/api/v1/contracts/" + id + "/terms").header("Authorization", sales)
			.contentType(MediaType.APPLICATION_JSON).content(terms("30", "60", "10")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plan.length()").value(3))
			.andExpect(jsonPath("$.plan[0].dueDate").value("2026-12-08"))
			.andExpect(jsonPath("$.plan[1].status").value("NOT_TRIGGERED"))
			.andReturn().getResponse().getContentAsString();
		BigDecimal planTotal = JsonPath.<List<Object>>read(planned, "$.plan[*].amount").stream()
			.map(amount -> new BigDecimal(amount.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(planTotal).isEqualByComparingTo(quoteTotal);

		String submitted = body(post("/api/v1/contracts/" + id + "/submit"), sales);
		assertThat(JsonPath.<String>read(submitted, "$.row.status")).isEqualTo("APPROVING");
		decide(((Number) JsonPath.read(submitted, "$.approvalRequestId")).longValue(), "approve");
		await().atMost(Duration.ofSeconds(20)).until(() -> "EFFECTIVE".equals(statusOf(id, sales)));
		// the 喜报 in 动态, once, by event after the approval's commit
		await().atMost(Duration.ofSeconds(20)).until(() -> posts("contractSigned:" + id) == 1);
		mvc.perform(delete("/api/v1/contracts/" + id).header("Authorization", sales)).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/contracts/" + id).header("Authorization", sales)
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"改名\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aRejectedContractIsADraftAgainWithTheReasonAndADraftMayBeDeleted() throws Exception {
		String sales = token("sales");
		long id = ((Number) JsonPath.read(body(post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"quoteId\": " + quotes().accepted("sales") + "}"), sales), "$.row.id")).longValue();
		mvc.perform(put("/api/v1/contracts/" + id).header("Authorization", sales).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"箱变采购合同\", \"signedOn\": \"2026-11-20\"}")).andExpect(status().isOk());
		mvc.perform(put("/api/v1/contracts/" + id + "/terms").header("Authorization", sales)
			.contentType(MediaType.APPLICATION_JSON).content(terms("30", "60", "10"))).andExpect(status().isOk());
		String submitted = body(post("/api/v1/contracts/" + id + "/submit"), sales);
		decide(((Number) JsonPath.read(submitted, "$.approvalRequestId")).longValue(), "reject");
		await().atMost(Duration.ofSeconds(20)).until(() -> "DRAFT".equals(statusOf(id, sales)));
		assertThat(JsonPath.<String>read(body(get("/api/v1/contracts/" + id), sales), "$.rejection")).isEqualTo("REJECTED");
		mvc.perform(get("/api/v1/contracts").param("scope", "MINE").param("status", "DRAFT").header("Authorization", sales))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.id == " + id + ")]").exists());
		mvc.perform(delete("/api/v1/contracts/" + id).header("Authorization", sales)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/contracts/" + id).header("Authorization", sales)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/contracts/" + id).header("Authorization", token("sales2"))).andExpect(status().isNotFound());
	}

	@Test
	void aSourceMustBeOneAcceptedQuote() throws Exception {
		String sales = token("sales");
		mvc.perform(post("/api/v1/contracts").header("Authorization", sales).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest());
		long draft = quotes().draft("sales");
		mvc.perform(post("/api/v1/contracts").header("Authorization", sales).contentType(MediaType.APPLICATION_JSON)
			.content("{\"quoteId\": " + draft + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("接受")));
		mvc.perform(post("/api/v1/contracts").header("Authorization", token("sales2")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"quoteId\": " + draft + "}")).andExpect(status().isNotFound());
	}

	/** 预付款 on signing + 7 days, 到货款 30 days after arrival, 质保金 at the end of a 12-month warranty. */
	private static String terms(String advance, String arrival, String retention) {
		return """
				{"terms": [
				 {"name": "预付款", "kind": "PERCENT", "value": %s, "trigger": "SIGNING", "offset": 7},
				 {"name": "到货款", "kind": "PERCENT", "value": %s, "trigger": "ARRIVAL", "offset": 30},
				 {"name": "质保金", "kind": "PERCENT", "value": %s, "trigger": "WARRANTY_END", "warrantyMonths": 12}]}
				""".formatted(advance, arrival, retention);
	}

	private void decide(long request, String how) throws Exception {
		String manager = token("manager");
		long version = ((Number) JsonPath.read(body(get("/api/v1/approval-requests/" + request), manager), "$.version"))
			.longValue();
		mvc.perform(post("/api/v1/approval-requests/{id}/" + how, request).header("Authorization", manager)
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + ", \"comment\": \"金额核对\"}"))
			.andExpect(status().isOk());
	}

	private long posts(String sourceEvent) {
		return new DemoTenants(tenants, transactions).call("demo", () -> jdbc.sql(
				"SELECT COUNT(*) FROM feed_post WHERE tenant_id = :tenantId AND source_event = :key")
			.param("key", sourceEvent).query(Long.class).single());
	}

	private String statusOf(long id, String token) throws Exception {
		return JsonPath.read(body(get("/api/v1/contracts/" + id), token), "$.row.status");
	}

	private String body(MockHttpServletRequestBuilder request, String token) throws Exception {
		return mvc.perform(request.header("Authorization", token)).andExpect(status().is2xxSuccessful()).andReturn()
			.getResponse().getContentAsString();
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}

	private String token(String username) {
		return quotes().token(username);
	}
}
