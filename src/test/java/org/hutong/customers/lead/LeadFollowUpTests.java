package org.hutong.customers.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.files.TestImages;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** 跟进记录 on a 线索: the lead page's panel, the API, the lead's last and next follow-up, and conversion. */
@HutongTest
class LeadFollowUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

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

	@Autowired
	ApiTokens tokens;

	LeadFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new LeadFixtures(tenants, transactions, userDetails, leads, customers, contacts);
	}

	@Test
	void aFollowUpLoggedOnTheLeadPageShowsOnItsTimelineWithItsFile() throws Exception {
		Lead lead = fixtures.lead("sales", CustomerFixtures.uniqueName(), "王工", null);
		LocalDate next = LocalDate.now(EnterpriseZone.DEFAULT).plusDays(2);
		byte[] png = TestImages.png();
		mvc.perform(multipart("/leads/{id}/follow-ups", lead.getId())
			.file(new MockMultipartFile("attachments", "名片.png", "image/png", png))
			.param("type", "CALL").param("content", "电话了解需求").param("nextFollowUpOn", next.toString())
			.header("HX-Request", "true").with(csrf()).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("电话了解需求")))
			.andExpect(content().string(containsString("名片.png")))
			.andExpect(content().string(containsString("/leads/" + lead.getId() + "/follow-ups")));
		Lead logged = fixtures.reload(lead.getId());
		assertThat(logged.getLastFollowUpAt()).isNotNull();
		assertThat(logged.getNextFollowUpOn()).isEqualTo(next);
		mvc.perform(get("/leads/{id}", lead.getId()).with(as("sales")))
			.andExpect(content().string(containsString("/leads/" + lead.getId() + "/follow-ups")));
		mvc.perform(get("/leads").with(as("sales"))).andExpect(content().string(containsString(next.toString())));
		// bad input re-renders the panel with the errors
		mvc.perform(post("/leads/{id}/follow-ups", lead.getId()).param("type", "CALL").param("content", " ")
			.with(csrf()).with(as("sales"))).andExpect(status().isUnprocessableContent());
		// a rep who does not see the lead cannot log on it
		mvc.perform(post("/leads/{id}/follow-ups", lead.getId()).param("type", "CALL").param("content", "越权")
			.with(csrf()).with(as("sales2"))).andExpect(status().isNotFound());
	}

	@Test
	void theApiListsAndLogsALeadsFollowUps() throws Exception {
		Lead lead = fixtures.lead("sales", CustomerFixtures.uniqueName(), "王工", null);
		String token = token("sales");
		mvc.perform(post("/api/v1/follow-ups").param("leadId", String.valueOf(lead.getId()))
			.header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"VISIT\",\"content\":\"上门拜访\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.leadId").value(lead.getId()))
			.andExpect(jsonPath("$.customerId").doesNotExist());
		mvc.perform(get("/api/v1/follow-ups").param("leadId", String.valueOf(lead.getId())).header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].content").value("上门拜访"));
		mvc.perform(post("/api/v1/follow-ups").param("leadId", String.valueOf(lead.getId()))
			.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"VISIT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.content").exists());
	}

	@Test
	void convertingTheLeadMovesItsFollowUpsToTheNewCustomersTimeline() throws Exception {
		Lead lead = fixtures.lead("sales", CustomerFixtures.uniqueName(), null, null);
		mvc.perform(post("/leads/{id}/follow-ups", lead.getId()).param("type", "MEETING").param("content", "线索阶段的会议")
			.with(csrf()).with(as("sales"))).andExpect(status().isOk());
		String customerPage = mvc.perform(post("/leads/{id}/convert", lead.getId()).param("name", lead.getCompanyName())
			.with(csrf()).with(as("sales")))
			.andExpect(redirectedUrlPattern("/customers/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long customerId = Long.parseLong(customerPage.substring(customerPage.lastIndexOf('/') + 1));
		mvc.perform(get("/customers/{id}/follow-ups", customerId).with(as("sales")))
			.andExpect(content().string(containsString("线索阶段的会议")));
		Customer customer = new DemoTenants(tenants, transactions).call("demo",
				() -> customers.findById(customerId).orElseThrow());
		assertThat(customer.getLastFollowUpAt()).isNotNull();
		// the converted lead shows them read-only
		mvc.perform(get("/leads/{id}/follow-ups", lead.getId()).with(as("sales")))
			.andExpect(content().string(containsString("线索阶段的会议")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("follow-up-form"))));
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "lead-follow-up-test", 1).secret());
	}
}
