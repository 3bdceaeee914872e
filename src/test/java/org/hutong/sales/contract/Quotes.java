package org.hutong.sales.contract;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Quotes for contract tests, made through the API as a demo user would: a fresh customer of theirs,
 * three KYN28A-12 cabinets and an installation line at 6 % tax, sent and accepted.
 */
public record Quotes(MockMvc mvc, CustomerFixtures customers, UserDetailsService userDetails, ApiTokens tokens) {

	public long accepted(String username) throws Exception {
		long id = draft(username);
		body(post("/api/v1/quotes/" + id + "/send"), username);
		body(post("/api/v1/quotes/" + id + "/accept"), username);
		return id;
	}

	public long draft(String username) throws Exception {
		long customer = customers.customer(username).getId();
		String json = """
				{"title": "开关柜报价", "customerId": %d,
				 "lines": [{"productId": %d, "quantity": 3}, {"name": "安装调试", "unit": "项", "quantity": 1, "unitPrice": 3333.33, "taxRate": 6}]}
				""".formatted(customer, productId(username, "KYN28A-12-1250"));
		return ((Number) JsonPath.read(body(post("/api/v1/quotes").contentType(MediaType.APPLICATION_JSON).content(json),
				username), "$.row.id")).longValue();
	}

	/** The answer's body; anything but 2xx fails the test. */
	public String body(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.header("Authorization", token(username))).andExpect(status().is2xxSuccessful())
			.andReturn().getResponse().getContentAsString();
	}

	public String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "contract-test", 1).secret());
	}

	/**
	 * A contract in effect from an accepted quote: signed on {@code signedOn} with 预付款 30 % seven days
	 * after, 到货款 60 % thirty days after arrival and 质保金 10 % at the end of a 12-month warranty,
	 * submitted by the user and approved by 李明.
	 */
	public long effectiveContract(String username, java.time.LocalDate signedOn) throws Exception {
		return effectiveContract(username, signedOn, null);
	}

	/** The same, delivered in batches of these shares ("40/60"; null: at once). */
	public long effectiveContract(String username, java.time.LocalDate signedOn, String batches) throws Exception {
		long id = draftContract(username, signedOn);
		standardTerms(username, id, batches).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		long request = ((Number) JsonPath.read(body(post("/api/v1/contracts/" + id + "/submit"), username),
				"$.approvalRequestId")).longValue();
		long version = ((Number) JsonPath.read(body(get("/api/v1/approval-requests/" + request), "manager"), "$.version"))
			.longValue();
		body(post("/api/v1/approval-requests/" + request + "/approve").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"), "manager");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> "EFFECTIVE"
			.equals(JsonPath.read(body(get("/api/v1/contracts/" + id), username), "$.row.status")));
		return id;
	}

	/** A draft contract from an accepted quote, titled and signed on that day, without terms yet. */
	public long draftContract(String username, java.time.LocalDate signedOn) throws Exception {
		long id = ((Number) JsonPath.read(body(post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"quoteId\": " + accepted(username) + "}"), username), "$.row.id")).longValue();
		body(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/contracts/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"开关柜采购合同\", \"signedOn\": \"" + signedOn + "\"}"), username);
		return id;
	}

	/** Sets the 30/60/10 terms on a draft, with batches of these shares (null: none), as the API answers. */
	public org.springframework.test.web.servlet.ResultActions standardTerms(String username, long id, String batches)
			throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/contracts/" + id + "/terms").header("Authorization", token(username))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"terms": [
					 {"name": "预付款", "kind": "PERCENT", "value": 30, "trigger": "SIGNING", "offset": 7},
					 {"name": "到货款", "kind": "PERCENT", "value": 60, "trigger": "ARRIVAL", "offset": 30},
					 {"name": "质保金", "kind": "PERCENT", "value": 10, "trigger": "WARRANTY_END", "warrantyMonths": 12}],
					 "batches": %s}""".formatted(batches == null ? "null" : "\"" + batches + "\"")));
	}

	private long productId(String username, String code) throws Exception {
		List<Integer> ids = JsonPath.read(body(get("/api/v1/products").param("q", code), username),
				"$.items[?(@.code == '" + code + "')].id");
		return ids.get(0);
	}
}
