package org.hutong.feed.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts on a 合同 and on its 回款: the contract's feed shows both to whoever may open the contract — its
 * owner 王芳 and her manager — and the 喜报 of its taking effect is on it too; 陈磊, who sees only his
 * own contracts, reads none of them, not even in the whole stream, and cannot post on it; another
 * enterprise finds neither the contract's feed nor the post.
 */
@HutongTest
class ContractSubjectTests {

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
	void aPostOnAContractOrItsReceiptIsForThoseWhoMayOpenTheContract() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(3));
		String recorded = quotes().body(post("/api/v1/contracts/" + contract + "/receipts")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\": \"%s\", \"amount\": 1000, \"method\": \"TRANSFER\"}".formatted(today)), "sales");
		long receipt = ((Number) JsonPath.read(recorded, "$.receipts[0].id")).longValue();
		String onContract = "合同进展 " + ThreadLocalRandom.current().nextInt(1_000_000);
		String onReceipt = "回款核对 " + ThreadLocalRandom.current().nextInt(1_000_000);
		publish(onContract, "contract:" + contract, "sales").andExpect(status().is3xxRedirection());
		publish(onReceipt, "receipt:" + receipt, "sales").andExpect(status().is3xxRedirection());

		assertThat(feed("contract:" + contract, "sales")).contains(onContract).as("its receipts' posts too").contains(onReceipt);
		assertThat(feed("contract:" + contract, "manager")).contains(onContract).contains(onReceipt);
		assertThat(feed("receipt:" + receipt, "sales")).contains(onReceipt).doesNotContain(onContract);
		assertThat(page("/sales/contracts/" + contract, "sales")).contains("/feed?subject=contract:" + contract);
		await().atMost(Duration.ofSeconds(20)).until(() -> "contract".equals(subjectOf("contractSigned:" + contract).get("type"))
				&& contract == ((Number) subjectOf("contractSigned:" + contract).get("id")).longValue());
		assertThat(feed("contract:" + contract, "sales")).as("the 喜报 on the contract").contains("喜报：与客户");

		mvc.perform(get("/feed").param("subject", "contract:" + contract).with(as("demo", "sales2")))
			.andExpect(status().isNotFound());
		assertThat(page("/feed", "sales2")).doesNotContain(onContract).doesNotContain(onReceipt);
		publish("越权", "contract:" + contract, "sales2")
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404, 422));
		publish("越权", "receipt:" + receipt, "sales2")
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404, 422));

		long post = demo().call("demo", () -> jdbc.sql("SELECT id FROM feed_post WHERE tenant_id = :tenantId AND body = :body")
			.param("body", onContract).query(Long.class).single());
		mvc.perform(get("/feed/posts/" + post).with(as("demo", "sales"))).andExpect(status().isOk());
		mvc.perform(get("/feed/posts/" + post).with(as("demo", "sales2"))).andExpect(status().isNotFound());
		mvc.perform(get("/feed/posts/" + post).with(as("demo2", "admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/feed").param("subject", "contract:" + contract).with(as("demo2", "admin")))
			.andExpect(status().isNotFound());
	}

	private Map<String, Object> subjectOf(String sourceEvent) {
		return demo().call("demo", () -> jdbc.sql("SELECT subject_type, subject_id FROM feed_post WHERE tenant_id = :tenantId "
				+ "AND source_event = :source").param("source", sourceEvent)
			.query((rs, n) -> Map.<String, Object>of("type", rs.getString("subject_type"), "id", rs.getLong("subject_id")))
			.optional().orElse(Map.of("type", "", "id", 0L)));
	}

	private org.springframework.test.web.servlet.ResultActions publish(String body, String subject, String user)
			throws Exception {
		return mvc.perform(post("/feed/posts").param("body", body).param("audience", "ENTERPRISE").param("subject", subject)
			.with(csrf()).with(as("demo", user)));
	}

	private String feed(String subject, String user) throws Exception {
		return mvc.perform(get("/feed").param("subject", subject).with(as("demo", user))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(as("demo", user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String tenant, String username) {
		return new TestUsers(userDetails).as(tenant, username);
	}

	private DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
