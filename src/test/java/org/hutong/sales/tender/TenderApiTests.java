package org.hutong.sales.tender;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /api/v1/tenders}: create on a deal, refusals by field, If-Match, decision, result, lists, delete. */
@HutongTest
class TenderApiTests {

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

	Deals deals;

	@BeforeEach
	void setUp() {
		deals = new Deals(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails, tokens);
	}

	@Test
	void aTenderIsRecordedDecidedAndLostThroughTheApi() throws Exception {
		long deal = deals.open("sales");
		String token = deals.token("sales");
		String created = mvc.perform(post("/api/v1/tenders").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "接口招标", "opportunityId": %d, "tenderer": "国网许昌供电公司",
					 "bidDeadline": "2027-04-01T09:30:00", "openingAt": "2027-04-01T10:00:00",
					 "bondAmount": 20000, "bondPaidOn": "2027-03-20", "bondMethod": "GUARANTEE",
					 "lots": [{"name": "标包 1", "ourPrice": 300000}]}
					""".formatted(deal)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.row.open").value(true))
			.andExpect(jsonPath("$.row.bondOutstanding").value(true))
			.andExpect(jsonPath("$.lots[0].name").value("标包 1"))
			.andReturn().getResponse().getHeader("Location");

		mvc.perform(post("/api/v1/tenders").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "", "opportunityId": %d, "bondAmount": -1, "noticeUrl": "ftp://x",
					 "lots": [{"name": "x", "ourPrice": 1.234}]}
					""".formatted(deal)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("problem+json")))
			.andExpect(jsonPath("$.errors.title").exists())
			.andExpect(jsonPath("$.errors.bondAmount").exists())
			.andExpect(jsonPath("$.errors.noticeUrl").exists())
			.andExpect(jsonPath("$.errors['lots[0].ourPrice']").exists());
		mvc.perform(post("/api/v1/tenders").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"别人的\", \"opportunityId\": %d}".formatted(deals.open("sales2"))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.opportunityId").exists());

		String body = """
				{"title": "接口招标（重发）", "opportunityId": %d, "bidPrice": 298000}
				""".formatted(deal);
		mvc.perform(put(created).header("Authorization", token).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk())
			.andExpect(jsonPath("$.row.title").value("接口招标（重发）")).andExpect(jsonPath("$.row.bondAmount").doesNotExist())
			.andExpect(header().string("ETag", "\"1\""));
		mvc.perform(put(created).header("Authorization", token).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());

		mvc.perform(post(created + "/decision").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"GO\", \"checked\": [\"PRICE\", \"BOND\"]}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.row.decision").value("GO")).andExpect(jsonPath("$.checked.length()").value(2));
		mvc.perform(post(created + "/result").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\": \"LOST\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.winner").exists());
		mvc.perform(post(created + "/result").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\": \"LOST\", \"winner\": \"许继电气\", \"winningPrice\": 288000}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.row.result").value("LOST")).andExpect(jsonPath("$.winner").value("许继电气"));
		mvc.perform(post(created + "/decision").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"NO_GO\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("开标结果")));

		mvc.perform(get("/api/v1/tenders").param("list", "ALL").header("Authorization", token)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.title == '接口招标（重发）')]").exists());
		mvc.perform(get(created).header("Authorization", deals.token("sales2"))).andExpect(status().isNotFound());
		mvc.perform(delete(created).header("Authorization", token)).andExpect(status().isNoContent());
		mvc.perform(get(created).header("Authorization", token)).andExpect(status().isNotFound());
	}
}
