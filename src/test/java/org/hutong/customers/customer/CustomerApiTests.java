package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerCreated;
import org.hutong.customers.CustomerFixtures;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /api/v1/customers} and contacts: CRUD, optimistic locking, problems, cursors, masking. */
@HutongTest
@RecordApplicationEvents
class CustomerApiTests {

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
	void createsReadsUpdatesAndDeletesACustomer() throws Exception {
		String name = CustomerFixtures.uniqueName();
		String token = token("sales");
		MvcResult created = mvc.perform(post("/api/v1/customers").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"level\":\"MAJOR\",\"province\":\"41\",\"city\":\"4101\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.region").value("河南省 郑州市"))
			.andExpect(jsonPath("$.ownerName").value("王芳"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		String etag = created.getResponse().getHeader("ETag");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long demo = new TestUsers(userDetails).load("demo", "sales").tenantId();
		assertThat(events.stream(CustomerCreated.class))
			.anyMatch(event -> event.customerId() == id && event.tenantId() == demo && name.equals(event.name()));
		mvc.perform(get(location).header("Authorization", token)).andExpect(status().isOk())
			.andExpect(header().string("ETag", etag));
		mvc.perform(put(location).header("Authorization", token).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"status\":\"INTERESTED\",\"remarks\":\"已拜访\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INTERESTED"))
			.andExpect(jsonPath("$.level").value(nullValue()));
		mvc.perform(delete(location).header("Authorization", token)).andExpect(status().isNoContent());
		mvc.perform(get(location).header("Authorization", token)).andExpect(status().isNotFound());
	}

	@Test
	void aStaleIfMatchAnswers409AndChangesNothing() throws Exception {
		Customer mine = fixtures.customer("sales");
		String token = token("sales");
		mvc.perform(put("/api/v1/customers/{id}", mine.getId()).header("Authorization", token)
			.header("If-Match", "\"" + (mine.getVersion() + 5) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + mine.getName() + "\",\"remarks\":\"stale\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/customers/{id}", mine.getId()).header("Authorization", token))
			.andExpect(jsonPath("$.remarks").value(nullValue()));
	}

	@Test
	void invalidInputAndDuplicatesAnswer400ProblemNamingTheField() throws Exception {
		String token = token("sales");
		mvc.perform(post("/api/v1/customers").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"phone\":\"abc\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.name").value("请填写此项"))
			.andExpect(jsonPath("$.errors.phone").exists());
		mvc.perform(post("/api/v1/customers").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + CustomerFixtures.uniqueName() + "\",\"creditCode\":\"91410100MA1234567X\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.creditCode").value(containsString("不正确")));
		Customer theirs = fixtures.customer("sales2");
		mvc.perform(post("/api/v1/customers").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + theirs.getName() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value(containsString("已有同名客户（负责人：陈磊）")));
	}

	@Test
	void cursorsPageThroughWithoutDuplicates() throws Exception {
		for (int i = 0; i < 5; i++) {
			fixtures.customer("sales");
		}
		String token = token("sales");
		Set<Integer> seen = new HashSet<>();
		String after = null;
		int pages = 0;
		do {
			MvcResult page = mvc.perform(get("/api/v1/customers").header("Authorization", token)
				.param("scope", "MINE").param("limit", "3").param("after", after))
				.andExpect(status().isOk())
				.andReturn();
			String json = page.getResponse().getContentAsString();
			List<Integer> ids = JsonPath.read(json, "$.items[*].id");
			assertThat(ids).hasSizeLessThanOrEqualTo(3).allMatch(seen::add);
			after = JsonPath.read(json, "$.next");
			pages++;
		}
		while (after != null && pages < 100);
		assertThat(seen.size()).isGreaterThanOrEqualTo(5);
		assertThat(pages).isGreaterThan(1);
	}

	@Test
	void contactsThroughTheApiAreMaskedForThoseWhoNeitherOwnNorShare() throws Exception {
		Customer mine = fixtures.customer("sales");
		String mobile = CustomerFixtures.uniqueMobile();
		MvcResult created = mvc.perform(post("/api/v1/customers/{id}/contacts", mine.getId())
			.header("Authorization", token("sales")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"孙工\",\"mobile\":\"" + mobile + "\",\"decisionMaker\":true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mobile").value(mobile))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		mvc.perform(get(location).header("Authorization", token("manager")))
			.andExpect(jsonPath("$.mobile").value(mobile.substring(0, 3) + "****" + mobile.substring(7)))
			.andExpect(jsonPath("$.masked").value(true));
		mvc.perform(get("/api/v1/customers/{id}/contacts", mine.getId()).header("Authorization", token("sales2")))
			.andExpect(status().isNotFound());
		mvc.perform(put(location).header("Authorization", token("sales")).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"孙工\",\"mobile\":\"123\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.mobile").exists());
		mvc.perform(delete(location).header("Authorization", token("sales"))).andExpect(status().isNoContent());
		mvc.perform(get(location).header("Authorization", token("sales"))).andExpect(status().isNotFound());
	}

	@Test
	void theFirstPageCountsEveryMatchNotOnlyThePage() throws Exception {
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		long owned = TenantContext.callAs(admin.tenantId(), () -> customers
			.count((root, query, cb) -> cb.and(cb.isNull(root.get("deletedAt")), cb.isNotNull(root.get("ownerId")))));
		assertThat(owned).isGreaterThan(5);
		mvc.perform(get("/api/v1/customers").param("scope", "TEAM").param("limit", "5").header("Authorization", token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.total").value(owned))
			.andExpect(jsonPath("$.totalIsEstimate").value(false));
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "api-test", 1).secret());
	}
}
