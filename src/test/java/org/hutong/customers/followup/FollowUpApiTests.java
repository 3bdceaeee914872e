package org.hutong.customers.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.FollowUpLogged;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /api/v1/customers/{id}/follow-ups} and {@code /api/v1/follow-ups/{id}}. */
@HutongTest
@RecordApplicationEvents
class FollowUpApiTests {

	@Autowired
	ApplicationEvents events;

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

	CustomerFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	@Test
	void logsReadsAndDeletesAFollowUp() throws Exception {
		Customer mine = fixtures.customer("sales");
		LocalDate next = LocalDate.now(EnterpriseZone.DEFAULT).plusDays(2);
		MvcResult created = mvc.perform(post("/api/v1/customers/{id}/follow-ups", mine.getId())
			.header("Authorization", token("sales")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"VISIT\",\"content\":\"现场拜访\",\"occurredAt\":\"2025-05-01T09:30:00\",\"nextFollowUpOn\":\"" + next + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("VISIT"))
			.andExpect(jsonPath("$.authorName").value("王芳"))
			.andExpect(jsonPath("$.occurredAt").value("2025-05-01T01:30:00Z"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		assertThat(events.stream(FollowUpLogged.class)).anyMatch(e -> e.customerId() == mine.getId()
				&& "VISIT".equals(e.type()) && next.equals(e.nextFollowUpOn()));
		mvc.perform(get(location).header("Authorization", token("sales"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.content").value("现场拜访"));
		mvc.perform(get("/api/v1/customers/{id}", mine.getId()).header("Authorization", token("sales")))
			.andExpect(jsonPath("$.nextFollowUpOn").value(next.toString()));
		mvc.perform(get(location).header("Authorization", token("sales2"))).andExpect(status().isNotFound());
		mvc.perform(delete(location).header("Authorization", token("sales2"))).andExpect(status().isNotFound());
		mvc.perform(delete(location).header("Authorization", token("sales"))).andExpect(status().isNoContent());
		mvc.perform(get(location).header("Authorization", token("sales"))).andExpect(status().isNotFound());
	}

	@Test
	void invalidInputAnswers400ProblemNamingEachField() throws Exception {
		Customer mine = fixtures.customer("sales");
		String yesterday = LocalDate.now(EnterpriseZone.DEFAULT).minusDays(1).toString();
		mvc.perform(post("/api/v1/customers/{id}/follow-ups", mine.getId()).header("Authorization", token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"PIGEON\",\"content\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.type").exists())
			.andExpect(jsonPath("$.errors.content").value("请填写此项"));
		mvc.perform(post("/api/v1/customers/{id}/follow-ups", mine.getId()).header("Authorization", token("sales"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"CALL\",\"content\":\"电话\",\"nextFollowUpOn\":\"" + yesterday + "\",\"contactIds\":[999999999]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.nextFollowUpOn").value("下次跟进日期不能早于今天"))
			.andExpect(jsonPath("$.errors.contactIds").exists());
		mvc.perform(post("/api/v1/customers/{id}/follow-ups", mine.getId()).header("Authorization", token("sales2"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"CALL\",\"content\":\"电话\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void cursorsPageThroughNewestFirstWithoutDuplicates() throws Exception {
		Customer mine = fixtures.customer("sales");
		String token = token("sales");
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/customers/{id}/follow-ups", mine.getId()).header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"CALL\",\"content\":\"第" + i + "次\",\"occurredAt\":\"2025-02-01T10:00:00\"}"))
				.andExpect(status().isCreated());
		}
		Set<Integer> seen = new HashSet<>();
		String after = null;
		int pages = 0;
		do {
			String json = mvc.perform(get("/api/v1/customers/{id}/follow-ups", mine.getId()).header("Authorization", token)
				.param("limit", "2").param("after", after))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			List<Integer> ids = JsonPath.read(json, "$.items[*].id");
			assertThat(ids).hasSizeLessThanOrEqualTo(2).allMatch(seen::add);
			after = JsonPath.read(json, "$.next");
			pages++;
		}
		while (after != null && pages < 10);
		assertThat(seen).hasSize(5);
		assertThat(pages).isEqualTo(3);
		mvc.perform(get("/api/v1/customers/{id}/follow-ups", mine.getId()).header("Authorization", token("sales2")))
			.andExpect(status().isNotFound());
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "api-test", 1).secret());
	}
}
