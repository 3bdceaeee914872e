package org.hutong.customers.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.FollowUpLogged;
import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The 跟进记录 panel of a customer's page: logging, the timeline, bad input, who sees it, 工作台's card. */
@HutongTest
@RecordApplicationEvents
class FollowUpPagesTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	CustomerFixtures fixtures;

	LocalDate today;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		today = LocalDate.now(EnterpriseZone.DEFAULT);
	}

	@Test
	void thePanelIsAnHtmxFragmentAndAPageWithout() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(get("/customers/{id}/follow-ups", mine.getId()).header("HX-Request", "true").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section id=\"follow-ups\"")))
			.andExpect(content().string(not(containsString("tabbar"))))
			.andExpect(content().string(containsString("name=\"content\"")));
		mvc.perform(get("/customers/{id}/follow-ups", mine.getId()).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")));
		// the customer's page opens the panel's form as a sheet from 写跟进
		mvc.perform(get("/customers/{id}", mine.getId()).with(as("sales")))
			.andExpect(content().string(containsString("data-sheet-url=\"/customers/" + mine.getId() + "/follow-ups\"")));
	}

	@Test
	void loggingAFollowUpMovesTheCustomersLastAndNextAndPublishesAnEvent() throws Exception {
		Customer mine = fixtures.customer("sales");
		Contact contact = fixtures.contact(mine, CustomerFixtures.uniqueMobile());
		mvc.perform(log(mine, "CALL", "第一行\n第二行").param("nextFollowUpOn", today.plusDays(3).toString())
			.param("contactIds", contact.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第一行\n第二行")))
			.andExpect(content().string(containsString(contact.getName())))
			.andExpect(content().string(containsString("王芳")));
		Customer reloaded = reload(mine);
		assertThat(reloaded.getLastFollowUpAt()).isNotNull();
		assertThat(reloaded.getNextFollowUpOn()).isEqualTo(today.plusDays(3));
		assertThat(events.stream(FollowUpLogged.class))
			.anyMatch(e -> e.customerId() == mine.getId() && e.type().equals("CALL")
					&& e.authorId() == fixtures.userId("sales") && e.tenantId() == tenant());
		mvc.perform(get("/customers/{id}", mine.getId()).with(as("sales")))
			.andExpect(content().string(containsString(today.plusDays(3).toString())));
	}

	@Test
	void invalidInputIsShownNextToEachFieldAndSavesNothing() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(log(mine, "PIGEON", " ").param("nextFollowUpOn", today.minusDays(1).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写此项")))
			.andExpect(content().string(containsString("请选择电话、拜访、微信、邮件、会议或其他")));
		mvc.perform(log(mine, "VISIT", "拜访").param("nextFollowUpOn", today.minusDays(1).toString())
			.param("occurredAt", "2999-01-01T09:00"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("下次跟进日期不能早于今天")))
			.andExpect(content().string(containsString("跟进时间不能晚于现在")));
		mvc.perform(log(mine, "VISIT", "拜访").param("occurredAt", "not a time"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("field-error")));
		assertThat(reload(mine).getLastFollowUpAt()).isNull();
	}

	@Test
	void contentIsShownEscaped() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(log(mine, "WECHAT", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void theTimelineLoadsMoreByKeysetNewestFirst() throws Exception {
		Customer mine = fixtures.customer("sales");
		for (int i = 1; i <= FollowUpTimeline.PAGE_SIZE + 2; i++) {
			mvc.perform(log(mine, "CALL", "第" + i + "次").param("occurredAt", "2025-01-01T09:" + String.format("%02d", i)))
				.andExpect(status().isOk());
		}
		String first = mvc.perform(get("/customers/{id}/follow-ups", mine.getId()).header("HX-Request", "true")
			.with(as("sales"))).andReturn().getResponse().getContentAsString();
		assertThat(first).contains("第22次", "第3次").doesNotContain("第2次<", "第1次<");
		assertThat(first.indexOf("第22次")).isLessThan(first.indexOf("第21次"));
		String after = first.replaceAll("(?s).*follow-ups/more\\?after=([^\"&]+)\".*", "$1");
		mvc.perform(get("/customers/{id}/follow-ups/more", mine.getId()).param("after", after).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第2次")))
			.andExpect(content().string(containsString("第1次")))
			.andExpect(content().string(not(containsString("第3次<"))))
			.andExpect(content().string(not(containsString("follow-ups/more"))));
	}

	@Test
	void deletingRecomputesTheLastFollowUp() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(log(mine, "CALL", "较早").param("occurredAt", "2025-06-01T10:00")).andExpect(status().isOk());
		mvc.perform(log(mine, "VISIT", "较晚").param("occurredAt", "2025-06-02T10:00")).andExpect(status().isOk());
		long latest = latestId(mine);
		mvc.perform(post("/follow-ups/{id}/delete", latest).with(csrf()).with(as("sales2")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/follow-ups/{id}/delete", latest).header("HX-Request", "true").with(csrf()).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("较晚"))));
		assertThat(reload(mine).getLastFollowUpAt()).isEqualTo(Instant.parse("2025-06-01T02:00:00Z"));
	}

	@Test
	void whoCannotReadTheCustomerIsToldItDoesNotExist() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(get("/customers/{id}/follow-ups", mine.getId()).with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get("/customers/{id}/follow-ups/more", mine.getId()).with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(log(mine, "CALL", "不该记上", "sales2")).andExpect(status().isNotFound());
		assertThat(reload(mine).getLastFollowUpAt()).isNull();
	}

	@Test
	void theHomeCardListsMyCustomersDueTodayAndSaysWhenNoneAre() throws Exception {
		Customer mine = fixtures.customer("manager");
		mvc.perform(log(mine, "MEETING", "季度例会", "manager").param("nextFollowUpOn", today.toString()))
			.andExpect(status().isOk());
		mvc.perform(get("/customers/home-card/follow-ups-due").header("HX-Request", "true").with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section class=\"card home-card")))
			.andExpect(content().string(containsString("href=\"/customers/" + mine.getId() + "\"")));
		mvc.perform(get("/customers/home-card/follow-ups-due").with(new TestUsers(userDetails).as("demo2", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("今天没有到期的跟进")));
		mvc.perform(get("/").with(as("manager")))
			.andExpect(content().string(containsString("/customers/home-card/follow-ups-due")));
	}

	private MockHttpServletRequestBuilder log(Customer customer, String type, String content) {
		return log(customer, type, content, "sales");
	}

	private MockHttpServletRequestBuilder log(Customer customer, String type, String content, String username) {
		return post("/customers/{id}/follow-ups", customer.getId()).header("HX-Request", "true")
			.with(csrf()).with(as(username)).param("type", type).param("content", content);
	}

	private long latestId(Customer customer) throws Exception {
		String panel = mvc.perform(get("/customers/{id}/follow-ups", customer.getId()).header("HX-Request", "true")
			.with(as("sales"))).andReturn().getResponse().getContentAsString();
		return Long.parseLong(panel.replaceAll("(?s).*?id=\"follow-up-(\\d+)\".*", "$1"));
	}

	private Customer reload(Customer customer) {
		return new DemoTenants(tenants, transactions).call("demo", () -> customers.findById(customer.getId()).orElseThrow());
	}

	private long tenant() {
		return new DemoTenants(tenants, transactions).id("demo");
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
