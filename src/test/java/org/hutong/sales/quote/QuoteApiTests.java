package org.hutong.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /api/v1/quotes}: a quote made from a product at its price, refusals by field, If-Match, a
 * step refused with its reason, the next version on a change after sending, the PDF, pages by cursor.
 */
@HutongTest
class QuoteApiTests {

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
	void aQuoteIsMadeSentRevisedAndAcceptedThroughTheApi() throws Exception {
		Customer customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("sales");
		String token = token("sales");
		long product = productId(token, "KYN28A-12-1250");
		String created = mvc.perform(post("/api/v1/quotes").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "接口报价", "customerId": %d, "headerDiscount": 5,
					 "lines": [{"productId": %d, "quantity": 2}, {"name": "运输", "unit": "项", "quantity": 1, "unitPrice": 1500, "taxRate": 9}]}
					""".formatted(customer.getId(), product)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.row.status").value("DRAFT"))
			.andExpect(jsonPath("$.row.number").value(org.hamcrest.Matchers.startsWith("BJ-")))
			.andExpect(jsonPath("$.lines[0].unitPrice").value(68000.0))
			// 2 × 68 000 × 0.95 = 129 200, +13 % = 145 996; 1 500 × 0.95 = 1 425, +9 % = 1 553.25
			.andExpect(jsonPath("$.row.total").value(147549.25))
			.andReturn().getResponse().getHeader("Location");

		mvc.perform(post("/api/v1/quotes").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "", "customerId": %d, "headerDiscount": 120, "lines": [{"productId": %d, "quantity": 0}]}
					""".formatted(customer.getId(), product)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("problem+json")))
			.andExpect(jsonPath("$.errors.title").exists())
			.andExpect(jsonPath("$.errors.headerDiscount").exists())
			.andExpect(jsonPath("$.errors['lines[0].quantity']").exists());

		mvc.perform(post(created + "/accept").header("Authorization", token).header("If-Match", "\"0\""))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("发送")));
		mvc.perform(post(created + "/send").header("Authorization", token).header("If-Match", "\"0\""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.row.status").value("SENT"));
		long sent = version(created, token);

		String changed = """
				{"title": "接口报价", "customerId": %d, "headerDiscount": 5, "lines": [{"productId": %d, "quantity": 3}]}
				""".formatted(customer.getId(), product);
		mvc.perform(put(created).header("Authorization", token).header("If-Match", "\"" + sent + "\"")
			.contentType(MediaType.APPLICATION_JSON).content(changed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("DRAFT"))
			.andExpect(jsonPath("$.row.revision").value(2))
			.andExpect(jsonPath("$.revisions[0].changes").isNotEmpty());
		mvc.perform(put(created).header("Authorization", token).header("If-Match", "\"" + sent + "\"")
			.contentType(MediaType.APPLICATION_JSON).content(changed)).andExpect(status().isConflict());

		mvc.perform(post(created + "/send").header("Authorization", token)).andExpect(status().isOk());
		mvc.perform(post(created + "/accept").header("Authorization", token)).andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("ACCEPTED"));
		mvc.perform(get(created + "/pdf").header("Authorization", token)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("-V2.pdf")));

		mvc.perform(get(created).header("Authorization", token("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get(created + "/pdf").header("Authorization", token("sales2"))).andExpect(status().isNotFound());
	}

	@Test
	void aDraftIsDeletedAndIsGone() throws Exception {
		Customer customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("sales");
		String token = token("sales");
		String created = mvc.perform(post("/api/v1/quotes").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "将删除", "customerId": %d, "lines": [{"name": "调试", "quantity": 1, "unitPrice": 100}]}
					""".formatted(customer.getId())))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		mvc.perform(delete(created).header("Authorization", token)).andExpect(status().isNoContent());
		mvc.perform(get(created).header("Authorization", token)).andExpect(status().isNotFound());
	}

	@Test
	void myQuotesPageByCursorWithoutRepeats() throws Exception {
		String token = token("sales");
		List<Integer> ids = new ArrayList<>();
		String after = null;
		do {
			var request = get("/api/v1/quotes").param("limit", "2").header("Authorization", token);
			String body = mvc.perform(after == null ? request : request.param("before", after)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			ids.addAll(JsonPath.read(body, "$.items[*].id"));
			Object next = JsonPath.read(body, "$.next");
			after = next == null ? null : next.toString();
		}
		while (after != null && ids.size() < 2000);
		assertThat(ids).hasSizeGreaterThan(2).doesNotHaveDuplicates();
		String first = mvc.perform(get("/api/v1/quotes").header("Authorization", token)).andReturn().getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Integer>read(first, "$.total")).isEqualTo(ids.size());
	}

	private long productId(String token, String code) throws Exception {
		String body = mvc.perform(get("/api/v1/products").param("q", code).header("Authorization", token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(body, "$.items[?(@.code == '" + code + "')].id");
		return ids.get(0);
	}

	private long version(String location, String token) throws Exception {
		return Long.parseLong(mvc.perform(get(location).header("Authorization", token)).andReturn().getResponse()
			.getHeader("ETag").replace("\"", ""));
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "api-test", 1).secret());
	}
}
