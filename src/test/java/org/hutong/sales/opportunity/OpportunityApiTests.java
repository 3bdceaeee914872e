package org.hutong.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
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

/** {@code /api/v1/opportunities}: create with contacts and lines, refusals by field, If-Match, stage moves, pages by cursor. */
@HutongTest
class OpportunityApiTests {

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
	void aDealIsCreatedChangedMovedAndWonThroughTheApi() throws Exception {
		CustomerFixtures fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		Customer customer = fixtures.customer("sales");
		long contact = fixtures.contact(customer, CustomerFixtures.uniqueMobile()).getId();
		long otherContact = fixtures.contact(fixtures.customer("sales"), CustomerFixtures.uniqueMobile()).getId();
		String token = token("sales");
		String created = mvc.perform(post("/api/v1/opportunities").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "接口商机", "customerId": %d, "amount": 88000, "expectedClose": "2027-06-30",
					 "contacts": [{"contactId": %d, "role": "DECISION_MAKER"}]}
					""".formatted(customer.getId(), contact)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.row.amount").value(88000.0))
			.andExpect(jsonPath("$.contacts[0].role").value("DECISION_MAKER"))
			.andExpect(jsonPath("$.history[0].action").value("CREATE"))
			.andReturn().getResponse().getHeader("Location");

		mvc.perform(post("/api/v1/opportunities").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "", "customerId": %d, "amount": -1, "contacts": [{"contactId": %d, "role": "USER"}],
					 "lines": [{"productId": 999999999, "quantity": 0}]}
					""".formatted(customer.getId(), otherContact)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")))
			.andExpect(jsonPath("$.errors.name").exists())
			.andExpect(jsonPath("$.errors.amount").exists())
			.andExpect(jsonPath("$.errors['lines[0].quantity']").exists());
		mvc.perform(post("/api/v1/opportunities").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "别人的联系人", "customerId": %d, "contacts": [{"contactId": %d, "role": "USER"}]}
					""".formatted(customer.getId(), otherContact)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.contacts").exists());

		String body = """
				{"name": "接口商机（二期）", "customerId": %d, "amount": 99000}
				""".formatted(customer.getId());
		mvc.perform(put(created).header("Authorization", token).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk())
			.andExpect(jsonPath("$.row.name").value("接口商机（二期）")).andExpect(jsonPath("$.contacts.length()").value(0))
			.andExpect(header().string("ETag", "\"1\""));
		mvc.perform(put(created).header("Authorization", token).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());

		String view = mvc.perform(get(created).header("Authorization", token)).andReturn().getResponse().getContentAsString();
		List<Integer> stages = JsonPath.read(view, "$.pipeline.stages[*].id");
		Integer won = JsonPath.<List<Integer>>read(view, "$.pipeline.stages[?(@.outcome == 'WON')].id").get(0);
		mvc.perform(post(created + "/stage").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"stageId\": " + stages.get(1) + "}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.history[1].action").value("MOVE"));
		mvc.perform(post(created + "/stage").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"stageId\": " + won + "}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.row.outcome").value("WON"));
		mvc.perform(post(created + "/stage").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"stageId\": 999999999}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.stageId").exists());
		mvc.perform(get(created).header("Authorization", token("sales2"))).andExpect(status().isNotFound());
		mvc.perform(delete(created).header("Authorization", token("manager"))).andExpect(status().isNoContent());
		mvc.perform(get(created).header("Authorization", token)).andExpect(status().isNotFound());
	}

	@Test
	void myDealsPageByCursorNewestChangeFirstWithoutRepeats() throws Exception {
		String token = token("sales");
		List<Integer> ids = new ArrayList<>();
		String after = null;
		do {
			var request = get("/api/v1/opportunities").param("limit", "7").header("Authorization", token);
			String body = mvc.perform(after == null ? request : request.param("after", after)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			ids.addAll(JsonPath.read(body, "$.items[*].id"));
			after = JsonPath.read(body, "$.next");
		}
		while (after != null && ids.size() < 2000);
		assertThat(ids).hasSizeGreaterThan(7).doesNotHaveDuplicates();
		String first = mvc.perform(get("/api/v1/opportunities").header("Authorization", token)).andReturn().getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Integer>read(first, "$.total")).isEqualTo(ids.size());
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "api-test", 1).secret());
	}
}
