package org.hutong.customers.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A follow-up written offline is sent again by the phone (offline.js) with the key it was first
 * sent with: the page's POST honours {@code Idempotency-Key} as the API does, so it is logged once.
 */
@HutongTest
class FollowUpOfflineSyncTests {

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

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	@Test
	void aFollowUpSentAgainWithItsKeyIsLoggedOnceAndAnsweredAsTheFirstTime() throws Exception {
		Customer mine = fixtures.customer("sales");
		String key = UUID.randomUUID().toString();
		String first = mvc.perform(log(mine, key, "离线时写的跟进"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String again = mvc.perform(log(mine, key, "离线时写的跟进"))
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn().getResponse().getContentAsString();
		assertThat(again).isEqualTo(first);
		assertThat(timesLogged(mine, "离线时写的跟进")).isEqualTo(1);
	}

	@Test
	void theSameKeyWithOtherContentIsRefusedAndLogsNothing() throws Exception {
		Customer mine = fixtures.customer("sales");
		String key = UUID.randomUUID().toString();
		mvc.perform(log(mine, key, "第一条")).andExpect(status().isOk());
		mvc.perform(log(mine, key, "另一条")).andExpect(status().isUnprocessableContent());
		assertThat(timesLogged(mine, "另一条")).isZero();
	}

	@Test
	void aRefusalIsAnsweredAgainSoThePhoneCanShowIt() throws Exception {
		Customer mine = fixtures.customer("sales");
		String key = UUID.randomUUID().toString();
		mvc.perform(log(mine, key, " ")).andExpect(status().isUnprocessableContent());
		mvc.perform(log(mine, key, " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Idempotent-Replayed", "true"));
	}

	private MockHttpServletRequestBuilder log(Customer customer, String key, String content) {
		return post("/customers/{id}/follow-ups", customer.getId()).header("HX-Request", "true")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			// the token as a header, as the phone sends it: a form field would differ between the tries
			.with(csrf().asHeader())
			.with(new TestUsers(userDetails).as("demo", "sales"))
			.param("type", "CALL")
			.param("content", content);
	}

	private int timesLogged(Customer customer, String content) throws Exception {
		String panel = mvc.perform(get("/customers/{id}/follow-ups", customer.getId()).header("HX-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "sales"))).andReturn().getResponse().getContentAsString();
		return panel.split(">" + content + "<", -1).length - 1;
	}
}
