package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.KeywordPlan;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A keyword's two plans (ADR 0026), looking its keys up or walking the list in order, give the same
 * rows in the same order, page after page, in every order, scope and filter.
 */
@HutongTest
class KeywordPlansTests {

	private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	CustomerSearch search;

	String prefix;

	SignedInUser sales;

	@BeforeEach
	void setUp() {
		prefix = CustomerFixtures.uniqueName().substring(0, 6);
		sales = new TestUsers(userDetails).load("demo", "sales");
	}

	@Test
	void bothPlansGiveTheSameRowsInTheSameOrder() {
		String other = CustomerFixtures.uniqueName().substring(0, 6);
		List<Long> matching = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			// one in seven matches; ties in every sort value, some in the pool, some never followed up
			Customer made = customer((i % 7 == 0 ? prefix : other) + (char) ('甲' + i % 5) + i, i % 4 == 0 ? null : sales.userId(),
					NOW.minus(Duration.ofHours(i % 13)), i % 3 == 0 ? null : NOW.minus(Duration.ofHours(i % 5)),
					i % 2 == 0 ? "41" : null);
			if (i % 7 == 0) {
				matching.add(made.getId());
			}
		}
		String longKeyword = prefix + "甲0有限公司";
		for (CustomerScope scope : CustomerScope.values()) {
			for (CustomerSort sort : CustomerSort.values()) {
				for (String province : new String[] { null, "41" }) {
					for (String q : List.of(prefix, prefix.substring(0, 3), longKeyword)) {
						for (int limit : new int[] { 3, 8 }) {
							CustomerFilter filter = new CustomerFilter(scope, q, null, null, null, province, sort, null, null,
									null, null, null, null, null);
							List<Long> byKeys = pages(filter, limit, KeywordPlan::byKeys);
							assertThat(pages(filter, limit, KeywordPlan::walk)).as("%s %s %s %s by %d", scope, sort, province, q, limit)
								.isEqualTo(byKeys);
							assertThat(matching).containsAll(byKeys);
						}
					}
				}
			}
		}
		assertThat(pages(new CustomerFilter(CustomerScope.MINE, prefix, null, null, null, null, null, null, null, null,
				null, null, null, null), 3, KeywordPlan::walk)).isNotEmpty();
	}

	@Test
	void aFirstPageTotalIsCountedAfterEitherPlan() {
		for (int i = 0; i < 30; i++) {
			customer(prefix + i, sales.userId(), NOW.minus(Duration.ofMinutes(i)), null, null);
		}
		CustomerFilter filter = new CustomerFilter(CustomerScope.MINE, prefix, null, null, null, null, null, null, null, null,
				null, null, null, null);
		CustomerPage walked = as(() -> search.page(sales, filter, 10, KeywordPlan::walk));
		CustomerPage keyed = as(() -> search.page(sales, filter, 10, KeywordPlan::byKeys));
		assertThat(keyed.total().estimate()).isFalse();
		assertThat(keyed.total().value()).isEqualTo(30);
		assertThat(walked.total()).as("the walk's matches cluster among the newest rows: counted, not projected")
			.isEqualTo(keyed.total());
		CustomerPage few = as(() -> search.page(sales, filter, 50, KeywordPlan::walk));
		assertThat(few.total().estimate()).as("a first page that is not full counts itself").isFalse();
		assertThat(few.total().value()).isEqualTo(30);
	}

	private List<Long> pages(CustomerFilter first, int limit,
			BiFunction<KeywordPlan<CustomerOrder.Place>, Integer, KeywordPlan.Found<CustomerOrder.Place>> plan) {
		List<Long> seen = new ArrayList<>();
		CustomerFilter filter = first;
		while (filter != null && seen.size() < 200) {
			CustomerFilter page = filter;
			CustomerPage found = as(() -> search.page(sales, page, limit, plan));
			found.rows().forEach(row -> seen.add(row.id()));
			filter = found.next();
		}
		return seen;
	}

	private <T> T as(Supplier<T> call) {
		return TenantContext.callAs(sales.tenantId(), call);
	}

	private Customer customer(String name, Long owner, Instant created, Instant lastFollowUp, String province) {
		long creator = new TestUsers(userDetails).load("demo", "admin").userId();
		CustomerForm form = new CustomerForm(name, null, null, null, null, null, null, province, null, null, null, null,
				null, null, false, null);
		return new DemoTenants(tenants, transactions).call("demo", () -> {
			Customer customer = new Customer(form, owner, creator, created);
			if (lastFollowUp != null) {
				customer.followedUp(lastFollowUp, null);
			}
			return customers.save(customer);
		});
	}
}
