package org.hutong.customers.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.CustomerOwnerChanged;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.customers.customer.OwnerChange;
import org.hutong.customers.customer.OwnerChangeKind;
import org.hutong.customers.customer.OwnerChangeRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily 回收 run, called directly (the schedule and the lock are ShedLock's): customers untouched
 * past the rule go to the pool with a RECLAIMED change and an event; the owner is warned beforehand on
 * 工作台; one enterprise's rules never reach another's customers.
 */
@HutongTest
@RecordApplicationEvents
class ReclaimJobTests {

	/** Longer than any demo customer has gone without a follow-up, so the run touches only ours. */
	static final int DAYS = 3000;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	ReclaimJob job;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	OwnerChangeRepository changes;

	@Autowired
	PoolRuleRepository rules;

	@Autowired
	JdbcTemplate jdbc;

	DemoTenants demo;

	PoolRuleFixtures poolRules;

	TestUsers users;

	@BeforeEach
	void setUp() {
		demo = new DemoTenants(tenants, transactions);
		poolRules = new PoolRuleFixtures(tenants, transactions, rules);
		users = new TestUsers(userDetails);
	}

	@AfterEach
	void turnRulesOff() {
		poolRules.off("demo");
		poolRules.off("demo2");
	}

	@Test
	void aCustomerUntouchedPastTheRuleGoesToThePoolWithAReclaimedChangeAndAnEvent() {
		Customer stale = untouchedFor("demo", DAYS + 1);
		Customer fresh = untouchedFor("demo", DAYS - 100);
		poolRules.set("demo", PoolRuleFixtures.rule(DAYS, 5, null, null));
		job.reclaimAll();
		assertThat(reload(stale).isInPool()).isTrue();
		assertThat(reload(fresh).isInPool()).isFalse();
		List<OwnerChange> history = demo.call("demo", () -> changes.findByCustomerIdOrderByOccurredAtDescIdDesc(stale.getId()));
		assertThat(history).singleElement().satisfies(change -> {
			assertThat(change.getKind()).isEqualTo(OwnerChangeKind.RECLAIMED);
			assertThat(change.getFromOwnerId()).isEqualTo(stale.getOwnerId());
			assertThat(change.getToOwnerId()).isNull();
			assertThat(change.getActorId()).isNull();
			assertThat(change.getReason()).contains(String.valueOf(DAYS));
		});
		assertThat(events.stream(CustomerOwnerChanged.class).filter(event -> event.customerId() == stale.getId()))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.kind()).isEqualTo("RECLAIMED");
				assertThat(event.tenantId()).isEqualTo(demo.id("demo"));
			});
	}

	@Test
	void aCustomerWithoutAWonDealForMDaysGoesBackUnlessItWonOneSince() {
		Customer noDeal = untouchedFor("demo", DAYS + 1);
		Customer won = untouchedFor("demo", DAYS + 1);
		demo.call("demo", () -> {
			Customer found = customers.findById(won.getId()).orElseThrow();
			found.recordWon(Instant.now().minus(Duration.ofDays(10)));
			return customers.save(found);
		});
		Customer young = untouchedFor("demo", DAYS - 100);
		poolRules.set("demo", PoolRuleFixtures.withoutDeal(DAYS));
		job.reclaimAll();
		assertThat(reload(noDeal).isInPool()).isTrue();
		assertThat(reload(won).isInPool()).isFalse();
		assertThat(reload(young).isInPool()).isFalse();
		List<OwnerChange> history = demo.call("demo", () -> changes.findByCustomerIdOrderByOccurredAtDescIdDesc(noDeal.getId()));
		assertThat(history).singleElement().satisfies(change -> assertThat(change.getReason()).contains("未成交"));
	}

	@Test
	void withoutARuleNothingIsReclaimed() {
		Customer stale = untouchedFor("demo", DAYS + 1);
		job.reclaimAll();
		assertThat(reload(stale).isInPool()).isFalse();
	}

	@Test
	void anotherEnterprisesRuleDoesNotReclaimHere() {
		Customer stale = untouchedFor("demo", DAYS + 1);
		poolRules.set("demo2", PoolRuleFixtures.rule(DAYS, null, null, null));
		job.reclaimAll();
		assertThat(reload(stale).isInPool()).isFalse();
	}

	@Test
	void theOwnerSeesCustomersAboutToBeReclaimedOnTheHomePage() throws Exception {
		Customer soon = untouchedFor("demo", DAYS - 2);
		Customer later = untouchedFor("demo", DAYS - 10);
		poolRules.set("demo", PoolRuleFixtures.rule(DAYS, 5, null, null));
		mvc.perform(get("/customers/home-card/reclaims-due").with(users.as("demo", "sales")))
			.andExpect(content().string(containsString("即将回收的客户")))
			.andExpect(content().string(containsString(soon.getName())))
			.andExpect(content().string(not(containsString(later.getName()))));
		mvc.perform(get("/customers/home-card/reclaims-due").with(users.as("demo", "sales2")))
			.andExpect(content().string(not(containsString(soon.getName()))));
		job.reclaimAll();
		assertThat(reload(soon).isInPool()).isFalse();
	}

	@Test
	void theScheduledRunTakesItsShedLockRowSoOtherNodesSkipIt() {
		job.run();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'customers.pool.reclaim'",
				Integer.class))
			.isEqualTo(1);
	}

	/** A customer of the tenant's {@code sales} created and last followed up that many days ago. */
	private Customer untouchedFor(String tenant, int days) {
		Instant then = Instant.now().minus(Duration.ofDays(days));
		long owner = users.load(tenant, "sales").userId();
		long creator = users.load(tenant, "admin").userId();
		return demo.call(tenant, () -> {
			Customer customer = new Customer(CustomerForm.named(CustomerFixtures.uniqueName()), owner, creator, then);
			customer.lastFollowedUp(then);
			return customers.save(customer);
		});
	}

	private Customer reload(Customer customer) {
		return demo.call("demo", () -> customers.findById(customer.getId()).orElseThrow());
	}
}
