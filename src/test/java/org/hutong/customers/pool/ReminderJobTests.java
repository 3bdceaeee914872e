package org.hutong.customers.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.FollowUpDue;
import org.hutong.customers.ReclaimWarned;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning reminders on a fixed clock (2031-03-14, 08:30 in Shanghai, later than any demo data):
 * a customer whose next follow-up is today is due, tomorrow's is not; an owned customer within the
 * 回收规则's warning days is warned with its reclaim day, a fresh one or one already due is not; one
 * enterprise's rule never warns about another's customers.
 */
@HutongTest
@RecordApplicationEvents
class ReminderJobTests {

	static final Instant NOW = Instant.parse("2031-03-14T00:30:00Z");

	static final LocalDate TODAY = LocalDate.of(2031, 3, 14);

	static final int DAYS = 30;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PoolRules rules;

	@Autowired
	ReminderCustomers reminderCustomers;

	@Autowired
	ReminderJob job;

	@Autowired
	CustomerRepository customers;

	@Autowired
	PoolRuleRepository poolRuleRepository;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	DemoTenants demo;

	PoolRuleFixtures poolRules;

	TestUsers users;

	@BeforeEach
	void setUp() {
		demo = new DemoTenants(tenants, transactions);
		poolRules = new PoolRuleFixtures(tenants, transactions, poolRuleRepository);
		users = new TestUsers(userDetails);
	}

	@AfterEach
	void turnRulesOff() {
		poolRules.off("demo");
		poolRules.off("demo2");
	}

	@Test
	void aCustomerWhoseNextFollowUpIsTodayIsDueAndTomorrowsIsNot() {
		Customer today = customer("demo", NOW.minus(Duration.ofDays(2)), TODAY);
		Customer tomorrow = customer("demo", NOW.minus(Duration.ofDays(2)), TODAY.plusDays(1));
		remind("demo");
		assertThat(events.stream(FollowUpDue.class).filter(e -> e.customerId() == today.getId())).singleElement()
			.satisfies(event -> {
				assertThat(event.ownerId()).isEqualTo(users.load("demo", "sales").userId());
				assertThat(event.tenantId()).isEqualTo(demo.id("demo"));
				assertThat(event.customerName()).isEqualTo(today.getName());
				assertThat(event.dueOn()).isEqualTo(TODAY);
			});
		assertThat(events.stream(FollowUpDue.class).filter(e -> e.customerId() == tomorrow.getId())).isEmpty();
	}

	@Test
	void anOwnedCustomerWithinTheWarningDaysIsWarnedWithItsReclaimDay() {
		Customer soon = customer("demo", NOW.minus(Duration.ofDays(DAYS - 2)), null);
		Customer fresh = customer("demo", NOW.minus(Duration.ofDays(DAYS - 10)), null);
		Customer alreadyDue = customer("demo", NOW.minus(Duration.ofDays(DAYS + 1)), null);
		poolRules.set("demo", PoolRuleFixtures.rule(DAYS, 5, null, null));
		remind("demo");
		assertThat(events.stream(ReclaimWarned.class).filter(e -> e.customerId() == soon.getId())).singleElement()
			.satisfies(event -> assertThat(event.reclaimOn()).isEqualTo(TODAY.plusDays(2)));
		assertThat(events.stream(ReclaimWarned.class)
			.filter(e -> e.customerId() == fresh.getId() || e.customerId() == alreadyDue.getId())).isEmpty();
	}

	@Test
	void withoutAWarningRuleNobodyIsWarned() {
		Customer soon = customer("demo", NOW.minus(Duration.ofDays(DAYS - 2)), null);
		poolRules.set("demo", PoolRuleFixtures.rule(DAYS, null, null, null));
		remind("demo");
		assertThat(events.stream(ReclaimWarned.class).filter(e -> e.customerId() == soon.getId())).isEmpty();
	}

	@Test
	void anotherEnterprisesRuleWarnsNobodyHere() {
		Customer soon = customer("demo", NOW.minus(Duration.ofDays(DAYS - 2)), null);
		poolRules.set("demo2", PoolRuleFixtures.rule(DAYS, 5, null, null));
		remind("demo");
		remind("demo2");
		assertThat(events.stream(ReclaimWarned.class).filter(e -> e.customerId() == soon.getId())).isEmpty();
		assertThat(events.stream(ReclaimWarned.class)).allSatisfy(e -> assertThat(e.tenantId()).isEqualTo(demo.id("demo2")));
	}

	@Test
	void theScheduledRunTakesItsShedLockRowSoOtherNodesSkipIt() {
		job.run();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'customers.reminders'", Integer.class))
			.isEqualTo(1);
	}

	private void remind(String tenant) {
		Reminding reminding = new Reminding(rules, reminderCustomers, publisher, Clock.fixed(NOW, ZoneOffset.UTC));
		demo.call(tenant, reminding::remindDue);
	}

	/** A customer of the tenant's {@code sales}, last followed up at {@code touched}, next due on {@code next}. */
	private Customer customer(String tenant, Instant touched, LocalDate next) {
		long owner = users.load(tenant, "sales").userId();
		long creator = users.load(tenant, "admin").userId();
		return demo.call(tenant, () -> {
			Customer customer = new Customer(CustomerForm.named(CustomerFixtures.uniqueName()), owner, creator, touched);
			customer.followedUp(touched, next);
			return customers.save(customer);
		});
	}
}
