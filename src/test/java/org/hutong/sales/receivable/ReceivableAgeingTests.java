package org.hutong.sales.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.hutong.sales.contract.OwedSums;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 账龄 on a fixed day, 2026-06-30, over one customer's terms due 5 days ahead, today, and 1 · 30 · 31 ·
 * 90 · 91 · 180 · 181 · 365 · 366 days ago — each amount a power of two, so every bucket's sum names
 * its terms: due today is not yet overdue, each bucket starts the day after the last one ends. The
 * bucket's drill-down lists exactly its terms, and the lists page through them without repeating one.
 * Only the groups a page shows are named: an enterprise's ageing may hold a hundred thousand customers.
 */
@HutongTest
class ReceivableAgeingTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	static final int[] DAYS_OVERDUE = { -5, 0, 1, 30, 31, 90, 91, 180, 181, 365, 366 };

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	OwedSums sums;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CustomerRepository customerRows;

	@Autowired
	ContactRepository contacts;

	@Autowired
	CustomerDirectory customers;

	@Autowired
	Colleagues colleagues;

	@Autowired
	OrgChart org;

	@Autowired
	DataScopes scopes;

	private long customer;

	private ReceivableScope scope;

	private ReceivableAgeing ageing;

	private ReceivableList lists;

	private SignedInUser admin;

	@BeforeEach
	void termsOnTheBoundaries() {
		CustomerFixtures fixtures = new CustomerFixtures(tenants, transactions, userDetails, customerRows, contacts);
		customer = fixtures.customer("sales").getId();
		List<OwedTerms.Owed> owed = new ArrayList<>();
		for (int i = 0; i < DAYS_OVERDUE.length; i++) {
			owed.add(new OwedTerms.Owed(TODAY.minusDays(DAYS_OVERDUE[i]), BigDecimal.valueOf(1L << i)));
		}
		new OwedTerms(jdbc, new DemoTenants(tenants, transactions), sums).contract(customer, fixtures.userId("sales"), owed);
		scope = new ReceivableScope(scopes, org,
				Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("UTC")));
		ageing = new ReceivableAgeing(jdbc, scope, customers, colleagues, org);
		lists = new ReceivableList(jdbc, scope, customers, colleagues);
		admin = new TestUsers(userDetails).load("demo", "admin");
	}

	@Test
	void eachBucketHoldsTheTermsSoManyDaysPastDue() {
		AgeingView view = inDemo(() -> ageing.of(admin, new AgeingFilter(null, customer, null, null), 100));
		assertThat(view.groups()).singleElement().satisfies(group -> assertThat(group.id()).isEqualTo(customer));
		AgeingView.Group total = view.total();
		assertThat(total.cell(AgeBucket.NOT_DUE)).isEqualTo(cell("3", 2));
		assertThat(total.cell(AgeBucket.DAYS_1_30)).isEqualTo(cell("12", 2));
		assertThat(total.cell(AgeBucket.DAYS_31_90)).isEqualTo(cell("48", 2));
		assertThat(total.cell(AgeBucket.DAYS_91_180)).isEqualTo(cell("192", 2));
		assertThat(total.cell(AgeBucket.DAYS_181_365)).isEqualTo(cell("768", 2));
		assertThat(total.cell(AgeBucket.OVER_365)).isEqualTo(cell("1024", 1));
		assertThat(total.amount()).isEqualByComparingTo("2047");
		assertThat(total.overdue()).isEqualByComparingTo("2044");
		for (int days : DAYS_OVERDUE) {
			assertThat(AgeBucket.of(days)).as(days + " days").isEqualTo(days <= 0 ? AgeBucket.NOT_DUE
					: days <= 30 ? AgeBucket.DAYS_1_30 : days <= 90 ? AgeBucket.DAYS_31_90
							: days <= 180 ? AgeBucket.DAYS_91_180 : days <= 365 ? AgeBucket.DAYS_181_365 : AgeBucket.OVER_365);
		}
	}

	@Test
	void theAgeingGroupsByOwnerAndByDepartment() {
		AgeingView byOwner = inDemo(() -> ageing.of(admin, new AgeingFilter(AgeingFilter.GroupBy.OWNER, customer, null, null), 100));
		assertThat(byOwner.groups()).singleElement().satisfies(group -> {
			assertThat(group.name()).isEqualTo("王芳");
			assertThat(group.amount()).isEqualByComparingTo("2047");
		});
		AgeingView byDept = inDemo(
				() -> ageing.of(admin, new AgeingFilter(AgeingFilter.GroupBy.DEPARTMENT, customer, null, null), 100));
		assertThat(byDept.groups()).singleElement().satisfies(group -> assertThat(group.name()).isEqualTo("华中大区"));
	}

	@Test
	void onlyTheGroupsShownAreNamed() {
		CustomerDirectory directory = Mockito.mock(CustomerDirectory.class, AdditionalAnswers.delegatesTo(customers));
		ReceivableAgeing paged = new ReceivableAgeing(jdbc, scope, directory, colleagues, org);
		AgeingView view = inDemo(() -> paged.of(admin, new AgeingFilter(null, null, null, null), 1));
		assertThat(view.groups()).singleElement().satisfies(group -> assertThat(group.name()).isNotEqualTo("—"));
		assertThat(view.others()).isNotNull();
		Mockito.verify(directory).findAll(Set.of(view.groups().get(0).id()));
	}

	@Test
	void aBucketDrillsDownToItsTermsAndTheListsPageWithoutRepeats() {
		ReceivablePage bucket = inDemo(() -> lists.page(admin,
				new ReceivableFilter(null, null, AgeBucket.DAYS_31_90, customer, null, null, null), 20));
		assertThat(bucket.rows()).extracting(ReceivableRow::daysOverdue).containsExactly(90L, 31L);
		assertThat(bucket.sums().owedCny()).isEqualByComparingTo("48");

		ReceivablePage soon = inDemo(() -> lists.page(admin,
				new ReceivableFilter(ReceivableFilter.Kind.DUE_SOON, 30, null, customer, null, null, null), 20));
		assertThat(soon.rows()).extracting(ReceivableRow::daysOverdue).containsExactly(0L, -5L);

		Set<Long> seen = new HashSet<>();
		ReceivableFilter filter = new ReceivableFilter(ReceivableFilter.Kind.OVERDUE, null, null, customer, null, null, null);
		List<Long> days = new ArrayList<>();
		while (filter != null) {
			ReceivableFilter current = filter;
			ReceivablePage page = inDemo(() -> lists.page(admin, current, 3));
			page.rows().forEach(row -> assertThat(seen.add(row.termId())).as("shown once").isTrue());
			page.rows().forEach(row -> days.add(row.daysOverdue()));
			filter = page.next();
		}
		assertThat(days).containsExactly(366L, 365L, 181L, 180L, 91L, 90L, 31L, 30L, 1L);
	}

	@Test
	void theDemoStartsWithTermsOverdueAndFallingDue() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String legacy = """
				SELECT COUNT(*) FROM sales_contract_term t JOIN sales_contract c ON c.tenant_id = t.tenant_id AND c.id = t.contract_id
				WHERE t.tenant_id = :tenantId AND c.status = 'EFFECTIVE' AND c.approval_request_id IS NULL AND %s""";
		assertThat(inDemo(() -> jdbc.sql(legacy.formatted("t.owed_on < :today")).param("today", today).query(Long.class)
			.single())).isGreaterThanOrEqualTo(2);
		assertThat(inDemo(() -> jdbc.sql(legacy.formatted("t.owed_on >= :today")).param("today", today).query(Long.class)
			.single())).isGreaterThanOrEqualTo(1);
	}

	private static AgeingView.Cell cell(String amount, long count) {
		return new AgeingView.Cell(new BigDecimal(amount).setScale(2), count);
	}

	private <T> T inDemo(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(admin.tenantId(), work);
	}
}
