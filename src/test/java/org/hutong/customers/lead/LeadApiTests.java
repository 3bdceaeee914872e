package org.hutong.customers.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactView;
import org.hutong.customers.LeadConverted;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
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

/** {@code /api/v1/leads}: CRUD, optimistic locking, conversion with its event, problems and cursors. */
@HutongTest
@RecordApplicationEvents
class LeadApiTests {

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
	LeadRepository leads;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	LeadFixtures fixtures;

	CustomerFixtures customerFixtures;

	@BeforeEach
	void setUp() {
		fixtures = new LeadFixtures(tenants, transactions, userDetails, leads, customers, contacts);
		customerFixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	@Test
	void createsReadsUpdatesAndDeletesALead() throws Exception {
		String name = CustomerFixtures.uniqueName();
		String token = token("sales");
		MvcResult created = mvc.perform(post("/api/v1/leads").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"companyName\":\"" + name + "\",\"contactName\":\"王工\",\"source\":\"WEBSITE\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.companyName").value(name))
			.andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.ownerName").value("王芳"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		String etag = created.getResponse().getHeader("ETag");
		mvc.perform(put(location).header("Authorization", token).header("If-Match", "\"99\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"companyName\":\"" + name + "\",\"remarks\":\"stale\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put(location).header("Authorization", token).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"companyName\":\"" + name + "\",\"status\":\"CONTACTED\",\"remarks\":\"已电话联系\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONTACTED"))
			.andExpect(jsonPath("$.remarks").value("已电话联系"));
		mvc.perform(delete(location).header("Authorization", token)).andExpect(status().isNoContent());
		mvc.perform(get(location).header("Authorization", token)).andExpect(status().isNotFound());
	}

	@Test
	void convertsALeadPublishingLeadConvertedAndThenItIsReadOnly() throws Exception {
		String name = CustomerFixtures.uniqueName();
		String mobile = CustomerFixtures.uniqueMobile();
		Lead lead = fixtures.lead("sales", name, "孙工", mobile);
		String token = token("sales");
		MvcResult converted = mvc.perform(post("/api/v1/leads/{id}/convert", lead.getId()).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"contactName\":\"孙工\",\"mobile\":\"" + mobile + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.customerId").exists())
			.andReturn();
		long customerId = ((Number) JsonPath.read(converted.getResponse().getContentAsString(), "$.customerId")).longValue();
		assertThat(converted.getResponse().getHeader("Location")).isEqualTo("/api/v1/customers/" + customerId);
		long demo = new TestUsers(userDetails).load("demo", "sales").tenantId();
		Lead after = fixtures.reload(lead.getId());
		assertThat(events.stream(LeadConverted.class)).anyMatch(event -> event.leadId() == lead.getId()
				&& event.customerId() == customerId && event.tenantId() == demo
				&& after.getConvertedContactId().equals(event.contactId()));
		mvc.perform(get("/api/v1/leads/{id}", lead.getId()).header("Authorization", token))
			.andExpect(jsonPath("$.status").value("CONVERTED"))
			.andExpect(jsonPath("$.customerId").value(customerId))
			.andExpect(jsonPath("$.mobile").value(mobile))
			.andExpect(jsonPath("$.masked").value(false));
		// 李明 sees the lead (his scope covers its owner) but neither owns nor shares the customer
		mvc.perform(get("/api/v1/leads/{id}", lead.getId()).header("Authorization", token("manager")))
			.andExpect(jsonPath("$.mobile").value(ContactView.mask(mobile)))
			.andExpect(jsonPath("$.masked").value(true));
		mvc.perform(get("/api/v1/customers/{id}/contacts", customerId).header("Authorization", token))
			.andExpect(jsonPath("$[0].mobile").value(mobile));
		mvc.perform(post("/api/v1/leads/{id}/convert", lead.getId()).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + CustomerFixtures.uniqueName() + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/leads/{id}", lead.getId()).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"companyName\":\"改名\"}"))
			.andExpect(status().isConflict());
		mvc.perform(delete("/api/v1/leads/{id}", lead.getId()).header("Authorization", token))
			.andExpect(status().isConflict());
	}

	@Test
	void invalidInputAndDuplicatesAnswer400ProblemNamingTheField() throws Exception {
		String token = token("sales");
		mvc.perform(post("/api/v1/leads").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"companyName\":\"\",\"mobile\":\"123\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.companyName").value("请填写此项"))
			.andExpect(jsonPath("$.errors.mobile").exists());
		mvc.perform(post("/api/v1/leads").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"companyName\":\"" + CustomerFixtures.uniqueName() + "\",\"status\":\"CONVERTED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.status").exists());
		Customer theirs = customerFixtures.customer("sales2");
		Lead lead = fixtures.lead("sales", theirs.getName(), null, null);
		mvc.perform(post("/api/v1/leads/{id}/convert", lead.getId()).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + theirs.getName() + "\",\"creditCode\":\"91410100MA1234567X\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value(containsString("已有同名客户（负责人：陈磊）")))
			.andExpect(jsonPath("$.errors.creditCode").value(containsString("不正确")));
		mvc.perform(post("/api/v1/leads/{id}/convert", lead.getId()).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").exists());
		assertThat(fixtures.reload(lead.getId()).isConverted()).isFalse();
	}

	@Test
	void anotherRepsLeadIsNotFound() throws Exception {
		Lead theirs = fixtures.lead("sales2", CustomerFixtures.uniqueName(), null, null);
		mvc.perform(get("/api/v1/leads/{id}", theirs.getId()).header("Authorization", token("sales")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/leads/{id}/convert", theirs.getId()).header("Authorization", token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + theirs.getCompanyName() + "\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void cursorsPageThroughWithoutDuplicates() throws Exception {
		for (int i = 0; i < 5; i++) {
			fixtures.lead("sales", CustomerFixtures.uniqueName(), null, null);
		}
		String token = token("sales");
		Set<Integer> seen = new HashSet<>();
		String after = null;
		int pages = 0;
		do {
			String json = mvc.perform(get("/api/v1/leads").header("Authorization", token)
				.param("limit", "3").param("after", after))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			List<Integer> ids = JsonPath.read(json, "$.items[*].id");
			assertThat(ids).hasSizeLessThanOrEqualTo(3).allMatch(seen::add);
			after = JsonPath.read(json, "$.next");
			pages++;
		}
		while (after != null && pages < 200);
		assertThat(seen.size()).isGreaterThanOrEqualTo(5);
		assertThat(pages).isGreaterThan(1);
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "api-test", 1).secret());
	}
}
