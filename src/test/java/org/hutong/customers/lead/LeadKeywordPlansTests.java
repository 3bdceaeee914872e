package org.hutong.customers.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.shared.Pinyin;
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
 * A lead keyword's two plans (ADR 0026), looking its keys up or walking the list in order, give the
 * same rows in the same order, page after page, whoever looks and whatever the status filter — and
 * those rows are exactly the leads the keyword names.
 */
@HutongTest
class LeadKeywordPlansTests {

	private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	LeadRepository leads;

	@Autowired
	LeadSearch search;

	String unique;

	SignedInUser admin;

	SignedInUser sales;

	@BeforeEach
	void setUp() {
		unique = CustomerFixtures.uniqueName().substring(0, 6);
		admin = new TestUsers(userDetails).load("demo", "admin");
		sales = new TestUsers(userDetails).load("demo", "sales");
	}

	@Test
	void bothPlansGiveTheSameRowsInTheSameOrder() {
		List<Lead> made = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			// every lead shares the very common part, one in three the common one, one in thirty the rare
			// one; ties in the update time, two owners, two statuses
			String name = unique + (i % 3 == 0 ? "甲乙" : "丙丁") + (i % 30 == 0 ? "戊己" : "庚辛") + "有限公司" + i;
			made.add(lead(name, i % 2 == 0 ? sales : admin, i % 4 == 0 ? LeadStatus.CONTACTED : LeadStatus.NEW,
					NOW.minus(Duration.ofMinutes(i % 17))));
		}
		List<String> keywords = List.of(unique.substring(2) + "甲乙戊", unique.substring(3) + "甲乙", unique,
				Pinyin.full(unique.substring(4)) + "jiayi", unique + "甲乙戊己有限");
		for (SignedInUser viewer : List.of(admin, sales)) {
			for (LeadStatus status : new LeadStatus[] { null, LeadStatus.CONTACTED }) {
				for (String q : keywords) {
					List<Long> expected = made.stream()
						.filter(lead -> viewer == admin || lead.getOwnerId().equals(viewer.userId()))
						.filter(lead -> status == null || lead.getStatus() == status)
						.filter(names(q))
						.sorted(Comparator.comparing(Lead::getUpdatedAt).thenComparing(Lead::getId).reversed())
						.map(Lead::getId)
						.toList();
					for (int limit : new int[] { 3, 8 }) {
						LeadFilter filter = new LeadFilter(q, status, null, null, null, null, null);
						String as = viewer.getUsername() + " " + status + " " + q + " by " + limit;
						assertThat(pages(viewer, filter, limit, KeywordPlan::byKeys)).as(as).isEqualTo(expected);
						assertThat(pages(viewer, filter, limit, KeywordPlan::walk)).as(as).isEqualTo(expected);
					}
				}
			}
		}
	}

	@Test
	void aWalkEstimatesTheTotalAndTheKeysCountIt() {
		for (int i = 0; i < 30; i++) {
			lead(unique + "有限公司" + i, sales, LeadStatus.NEW, NOW.minus(Duration.ofMinutes(i)));
		}
		LeadFilter filter = new LeadFilter(unique, null, null, null, null, null, null);
		LeadPage keyed = as(sales, () -> search.page(sales, filter, 10, KeywordPlan::byKeys));
		assertThat(keyed.total().estimate()).isFalse();
		assertThat(keyed.total().value()).isEqualTo(30);
		LeadPage few = as(sales, () -> search.page(sales, filter, 50, KeywordPlan::walk));
		assertThat(few.total().estimate()).as("a first page that is not full counts itself").isFalse();
		assertThat(few.total().value()).isEqualTo(30);
		assertThat(as(sales, () -> search.page(sales, filter, 10)).rows()).hasSize(10);
	}

	/** Whether the keyword names the lead of this test: its hanzi in the name, or the pinyin of {@code …甲乙}. */
	private Predicate<Lead> names(String q) {
		return q.endsWith("jiayi") ? lead -> lead.getCompanyName().startsWith(unique + "甲乙")
				: lead -> lead.getCompanyName().contains(q);
	}

	private List<Long> pages(SignedInUser viewer, LeadFilter first, int limit,
			BiFunction<KeywordPlan<LeadOrder.Place>, Integer, KeywordPlan.Found<LeadOrder.Place>> plan) {
		List<Long> seen = new ArrayList<>();
		LeadFilter filter = first;
		while (filter != null && seen.size() < 200) {
			LeadFilter page = filter;
			LeadPage found = as(viewer, () -> search.page(viewer, page, limit, plan));
			found.rows().forEach(row -> seen.add(row.id()));
			filter = found.next();
		}
		return seen;
	}

	private <T> T as(SignedInUser viewer, Supplier<T> call) {
		return TenantContext.callAs(viewer.tenantId(), call);
	}

	private Lead lead(String name, SignedInUser owner, LeadStatus status, Instant at) {
		LeadForm form = new LeadForm(name, null, null, null, null, status, null, null);
		return new DemoTenants(tenants, transactions).call("demo", () -> leads.save(new Lead(form, owner.userId(), at)));
	}
}
