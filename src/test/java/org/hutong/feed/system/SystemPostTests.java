package org.hutong.feed.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Instant;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.CustomerOwnerChanged;
import org.hutong.customers.FollowUpLogged;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Customers events become posts on the customer's feed, once each, in the reader's language. */
@HutongTest
class SystemPostTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SystemPosts systemPosts;

	@Autowired
	SystemPostMapping mapping;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	private Customer customer() {
		return new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("sales");
	}

	private long postsOn(SignedInUser user, long customerId) {
		return TenantContext.callAs(user.tenantId(), () -> jdbc.sql("SELECT COUNT(*) FROM feed_post WHERE tenant_id = :tenantId "
				+ "AND subject_type = 'customer' AND subject_id = :id AND kind = 'SYSTEM'")
			.param("id", customerId)
			.query(Long.class)
			.single());
	}

	@Test
	void theSameEventTwicePostsOnce() {
		SignedInUser sales = new TestUsers(userDetails).load("demo", "sales");
		Customer customer = customer();
		FollowUpLogged event = new FollowUpLogged(sales.tenantId(), customer.getId(), 900_000_000L + customer.getId(),
				sales.userId(), "VISIT", Instant.now(), null);
		boolean first = TenantContext.callAs(sales.tenantId(),
				() -> transactions.execute(status -> systemPosts.write(mapping.of(event))));
		boolean second = TenantContext.callAs(sales.tenantId(),
				() -> transactions.execute(status -> systemPosts.write(mapping.of(event))));
		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(postsOn(sales, customer.getId())).isEqualTo(1);
	}

	@Test
	void aPublishedEventReachesTheCustomersFeedInTheReadersLanguage() throws Exception {
		SignedInUser sales = new TestUsers(userDetails).load("demo", "sales");
		SignedInUser sales2 = new TestUsers(userDetails).load("demo", "sales2");
		Customer customer = customer();
		CustomerOwnerChanged event = new CustomerOwnerChanged(sales.tenantId(), customer.getId(), sales.userId(),
				sales2.userId(), "TRANSFERRED", sales.userId(), null, Instant.now());
		TenantContext.runAs(sales.tenantId(), () -> transactions.executeWithoutResult(status -> {
			events.publishEvent(event);
			events.publishEvent(event);
		}));
		long deadline = System.currentTimeMillis() + 10_000;
		while (postsOn(sales, customer.getId()) == 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		Thread.sleep(300);
		assertThat(postsOn(sales, customer.getId())).isEqualTo(1);
		mvc.perform(get("/feed").param("subject", "customer:" + customer.getId())
			.with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(content().string(containsString("转给了 陈磊")));
		mvc.perform(get("/feed").param("subject", "customer:" + customer.getId()).param("lang", "en")
			.header("Accept-Language", "en").with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(content().string(containsString("handed customer")));
	}

	@Test
	void aWonDealIsGoodNewsOnTheCustomersFeedAndOtherMovesAreNot() throws Exception {
		SignedInUser sales = new TestUsers(userDetails).load("demo", "sales");
		Customer customer = customer();
		Instant at = Instant.now();
		var moved = new org.hutong.sales.OpportunityStageChanged(sales.tenantId(), 800_000_000L + customer.getId(),
				customer.getId(), "配电房改造", "MOVE", "初步接洽", "需求确认", new java.math.BigDecimal("5000"),
				sales.userId(), sales.userId(), at);
		var won = new org.hutong.sales.OpportunityStageChanged(sales.tenantId(), 800_000_000L + customer.getId(),
				customer.getId(), "配电房改造", "WON", "需求确认", "赢单", new java.math.BigDecimal("1234567.8"),
				sales.userId(), sales.userId(), at.plusSeconds(1));
		assertThat(mapping.of(moved)).isEmpty();
		TenantContext.runAs(sales.tenantId(), () -> transactions.executeWithoutResult(status -> {
			events.publishEvent(moved);
			events.publishEvent(won);
			events.publishEvent(won);
		}));
		long deadline = System.currentTimeMillis() + 10_000;
		while (postsOn(sales, customer.getId()) == 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		Thread.sleep(300);
		assertThat(postsOn(sales, customer.getId())).isEqualTo(1);
		mvc.perform(get("/feed").param("subject", "customer:" + customer.getId())
			.with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(content().string(containsString("喜报：赢下客户「" + customer.getName() + "」的商机「配电房改造」，金额 ")))
			.andExpect(content().string(containsString("1,234,567.80")));
	}
}
