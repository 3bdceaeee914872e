package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.CustomerOwnerChanged;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /api/v1/customers/{id}/claim · release · transfer · owner-changes}: rules, conflicts, events. */
@HutongTest
@RecordApplicationEvents
class OwnershipApiTests {

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
	void claimTransferAndReleaseKeepTheHistoryAndPublishEachChange() throws Exception {
		long pooled = fixtures.customer(null).getId();
		long sales = fixtures.userId("sales");
		long sales2 = fixtures.userId("sales2");
		mvc.perform(post("/api/v1/customers/{id}/claim", pooled).header("Authorization", token("sales")))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.ownerName").value("王芳"));
		mvc.perform(json(post("/api/v1/customers/{id}/transfer", pooled), "manager", "{\"toUserId\":" + sales2 + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerName").value("陈磊"));
		mvc.perform(json(post("/api/v1/customers/{id}/release", pooled), "sales2", "{\"reason\":\"客户已被集团合并\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerId").value(nullValue()));
		mvc.perform(get("/api/v1/customers/{id}/owner-changes", pooled).header("Authorization", token("manager")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].kind").value("RELEASED"))
			.andExpect(jsonPath("$[0].reason").value("客户已被集团合并"))
			.andExpect(jsonPath("$[0].fromOwnerName").value("陈磊"))
			.andExpect(jsonPath("$[1].kind").value("TRANSFERRED"))
			.andExpect(jsonPath("$[1].actorName").value("李明"))
			.andExpect(jsonPath("$[2].kind").value("CLAIMED"))
			.andExpect(jsonPath("$[2].toOwnerId").value(sales));
		long demo = new TestUsers(userDetails).load("demo", "sales").tenantId();
		assertThat(events.stream(CustomerOwnerChanged.class).filter(event -> event.customerId() == pooled))
			.extracting(CustomerOwnerChanged::kind)
			.containsExactly("CLAIMED", "TRANSFERRED", "RELEASED");
		assertThat(events.stream(CustomerOwnerChanged.class).filter(event -> event.customerId() == pooled))
			.allMatch(event -> event.tenantId() == demo);
	}

	@Test
	void ofTwoClaimsOfTheSameVersionOnlyTheFirstWins() throws Exception {
		Customer pooled = fixtures.customer(null);
		String version = "\"" + pooled.getVersion() + "\"";
		mvc.perform(post("/api/v1/customers/{id}/claim", pooled.getId()).header("Authorization", token("sales"))
			.header("If-Match", version)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/customers/{id}/claim", pooled.getId()).header("Authorization", token("sales2"))
			.header("If-Match", version))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/customers/{id}/claim", pooled.getId()).header("Authorization", token("sales2")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("已被其他人领取")));
		mvc.perform(get("/api/v1/customers/{id}/owner-changes", pooled.getId()).header("Authorization", token("sales")))
			.andExpect(jsonPath("$.length()").value(1));
		assertThat(events.stream(CustomerOwnerChanged.class).filter(event -> event.customerId() == pooled.getId()))
			.hasSize(1);
	}

	@Test
	void ofTwoClaimsAtTheSameMomentExactlyOneWins() throws Exception {
		long pooled = fixtures.customer(null).getId();
		List<String> claimants = List.of(token("sales"), token("sales2"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (String token : claimants) {
				answers.add(pool.submit(() -> {
					start.await();
					return mvc.perform(post("/api/v1/customers/{id}/claim", pooled).header("Authorization", token))
						.andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(30, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		mvc.perform(get("/api/v1/customers/{id}/owner-changes", pooled).header("Authorization", token("manager")))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void onlyTheOwnerReleasesAndOnlyManagersWhoSeeTheOwnerTransfer() throws Exception {
		Customer salesOwn = fixtures.customer("sales");
		Customer sales2Own = fixtures.customer("sales2");
		String toSales2 = "{\"toUserId\":" + fixtures.userId("sales2") + "}";
		mvc.perform(json(post("/api/v1/customers/{id}/transfer", salesOwn.getId()), "sales", toSales2))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/customers/{id}/release", sales2Own.getId()), "sales", "{\"reason\":\"不要了\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/customers/{id}/release", salesOwn.getId()), "manager", "{\"reason\":\"不要了\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(json(post("/api/v1/customers/{id}/transfer", salesOwn.getId()), "manager",
				"{\"toUserId\":" + fixtures.userId("sales") + "}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/customers/{id}/owner-changes", salesOwn.getId()).header("Authorization", token("sales")))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void badInputAnswers400NamingTheField() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(json(post("/api/v1/customers/{id}/release", mine.getId()), "sales", "{\"reason\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.reason").value("请填写此项"));
		mvc.perform(json(post("/api/v1/customers/{id}/release", mine.getId()), "sales",
				"{\"reason\":\"" + "长".repeat(201) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.reason").exists());
		mvc.perform(json(post("/api/v1/customers/{id}/transfer", mine.getId()), "manager", "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.toUserId").exists());
		mvc.perform(json(post("/api/v1/customers/{id}/transfer", mine.getId()), "manager", "{\"toUserId\":987654321}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(json(post("/api/v1/customers/{id}/release", mine.getId()), "sales", "{\"reason\":\"过期\"}")
			.header("If-Match", "\"99\"")).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/customers/{id}", mine.getId()).header("Authorization", token("sales")))
			.andExpect(jsonPath("$.ownerName").value("王芳"));
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username, String body) {
		return request.header("Authorization", token(username)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "api-test", 1).secret());
	}
}
