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
record Quotes(MockMvc mvc, CustomerFixtures customers, UserDetailsService userDetails, ApiTokens tokens) {

	long accepted(String username) throws Exception {
		long id = draft(username);
		body(post("/api/v1/quotes/" + id + "/send"), username);
		body(post("/api/v1/quotes/" + id + "/accept"), username);
		return id;
	}

	long draft(String username) throws Exception {
		long customer = customers.customer(username).getId();
		String json = """
				{"title": "开关柜报价", "customerId": %d,
				 "lines": [{"productId": %d, "quantity": 3}, {"name": "安装调试", "unit": "项", "quantity": 1, "unitPrice": 3333.33, "taxRate": 6}]}
				""".formatted(customer, productId(username, "KYN28A-12-1250"));
		return ((Number) JsonPath.read(body(post("/api/v1/quotes").contentType(MediaType.APPLICATION_JSON).content(json),
				username), "$.row.id")).longValue();
	}

	/** The answer's body; anything but 2xx fails the test. */
	String body(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.header("Authorization", token(username))).andExpect(status().is2xxSuccessful())
			.andReturn().getResponse().getContentAsString();
	}

	String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "contract-test", 1).secret());
	}

	private long productId(String username, String code) throws Exception {
		List<Integer> ids = JsonPath.read(body(get("/api/v1/products").param("q", code), username),
				"$.items[?(@.code == '" + code + "')].id");
		return ids.get(0);
	}
}
