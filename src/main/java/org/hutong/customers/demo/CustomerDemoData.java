package org.hutong.customers.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.customers.option.CustomerOption;
import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.customers.customer.CustomerStatus;
import org.hutong.customers.region.Regions;
import org.hutong.identity.Colleagues;
import org.hutong.identity.Roles;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.hutong.shared.StartupSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode, after identity's demo data: gives the demo sales roles the customer permissions and
 * seeds the {@code demo} enterprise with about 300 customers of a power equipment maker (grid companies,
 * utilities, industrial parks, factories across 河南 and its neighbours), some in the public pool,
 * each with a few contacts and a year of follow-ups by its owner. Runs only while the enterprise has no customers, so restarts add nothing.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("hutong.demo")
class CustomerDemoData implements StartupSeed {

	private static final Set<String> ALL = Set.of("customers.read", "customers.write", "customers.delete",
			"customers.export", "customers.import", "customers.transfer");

	private static final Set<String> REP = Set.of("customers.read", "customers.write", "customers.delete");

	private static final int CUSTOMERS = 300;

	private static final Duration YEAR = Duration.ofDays(365);

	private static final String[] MOBILE_PREFIXES = { "138", "139", "135", "136", "137", "150", "151", "158", "186",
			"187", "188", "133", "153", "180", "189" };

	private static final String CONTACT = "INSERT INTO customers_contact (tenant_id, customer_id, name, mobile, live_mobile, "
			+ "title, decision_maker, created_at, updated_at, version) "
			+ "VALUES (:tenantId, :customerId, :name, :mobile, :mobile, :title, :decisionMaker, :at, :at, 0)";

	private static final String FOLLOW_UP = "INSERT INTO customers_follow_up (tenant_id, customer_id, type, content, "
			+ "occurred_at, next_follow_up_on, author_id, created_at, version) "
			+ "VALUES (:tenantId, :customerId, :type, :content, :at, :next, :author, :at, 0)";

	private static final Logger log = LoggerFactory.getLogger(CustomerDemoData.class);

	private final Tenants tenants;

	private final Stores stores;

	private final Roles roles;

	private final Colleagues colleagues;

	private final TransactionTemplate transactions;

	CustomerDemoData(Tenants tenants, Stores stores, Roles roles, Colleagues colleagues,
			TransactionTemplate transactions) {
		this.tenants = tenants;
		this.stores = stores;
		this.roles = roles;
		this.colleagues = colleagues;
		this.transactions = transactions;
	}

	/**
	 * Where the demo writes, and what it reads regions and time from, bundled to keep the constructor
	 * short. Contacts and follow-ups go in as JDBC batches: a year of follow-ups is thousands of rows.
	 */
	@Component
	record Stores(CustomerRepository customers, TenantJdbc jdbc, Regions regions, Clock clock,
			CustomerOptions options) {
	}

	@Override
	public void seed() {
		long started = System.nanoTime();
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce())));
		log.info("Demo customers checked in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void seedOnce() {
		if (stores.customers().count() > 0) {
			return;
		}
		roles.grant("销售总监", ALL);
		roles.grant("销售代表", REP);
		List<Long> owners = new ArrayList<>();
		for (String username : List.of("sales", "sales", "sales2", "manager", "sales2")) {
			colleagues.idOf(username).ifPresent(owners::add);
		}
		if (!owners.isEmpty()) {
			seed(owners);
		}
	}

	private void seed(List<Long> owners) {
		// one seed, so every start draws the same customers and screenshots stay comparable
		Random random = new Random(20240601L);
		Instant now = stores.clock().instant();
		DemoFollowUps followUps = new DemoFollowUps(random, EnterpriseZone.DEFAULT);
		List<DemoCompanies.Company> companies = new DemoCompanies(stores.regions(), random).take(CUSTOMERS);
		List<String> levels = codes(OptionKind.LEVEL);
		List<String> sources = codes(OptionKind.SOURCE);
		List<Map<String, Object>> contacts = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < companies.size(); i++) {
			// about 40 in the pool, spread over the list so every trade has some
			boolean pooled = i % 15 == 4 || i % 15 == 11;
			long owner = owners.get(i % owners.size());
			Instant created = now.minus(Duration.ofDays(400 - 395L * i / companies.size()))
				.plus(Duration.ofHours(random.nextInt(10)));
			Customer customer = new Customer(form(companies.get(i), i, random, levels, sources), pooled ? null : owner,
					owner, created);
			// pooled customers were reclaimed: nobody followed them up for a while
			Instant until = pooled ? now.minus(Duration.ofDays(45)) : now;
			Instant from = created.isBefore(now.minus(YEAR)) ? now.minus(YEAR) : created;
			List<DemoFollowUps.Plan> plans = followUps.between(from, until, now);
			plans.forEach(plan -> customer.followedUp(plan.at(), plan.next()));
			long id = stores.customers().save(customer).getId();
			contacts(contacts, id, i, random, created);
			plans.forEach(plan -> rows.add(followUp(id, plan, owner)));
		}
		stores.jdbc().batch(TenantContext.require(), CONTACT, contacts);
		stores.jdbc().batch(TenantContext.require(), FOLLOW_UP, rows);
	}

	/** A row for {@link #FOLLOW_UP}, logged by the owner when it happened. */
	private static Map<String, Object> followUp(long customerId, DemoFollowUps.Plan plan, long author) {
		OffsetDateTime at = plan.at().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
		Map<String, Object> row = new HashMap<>();
		row.put("customerId", customerId);
		row.put("type", plan.type().name());
		row.put("content", plan.content());
		row.put("at", at);
		row.put("next", plan.next());
		row.put("author", author);
		return row;
	}

	private List<String> codes(OptionKind kind) {
		return stores.options().active(kind).stream().map(CustomerOption::getCode).toList();
	}

	/** A customer of the company, with a level and a source drawn from the enterprise's options. */
	private static CustomerForm form(DemoCompanies.Company company, int i, Random random, List<String> levels,
			List<String> sources) {
		return new CustomerForm(company.name(), null,
				i % 2 == 0 ? DemoNames.creditCode(company.province(), i) : null,
				levels.get(random.nextInt(levels.size())), company.industry(),
				sources.get(random.nextInt(sources.size())),
				CustomerStatus.values()[i % 7 == 3 ? 3 : random.nextInt(3)], company.province(), company.city(),
				company.county(), null, "0371-6" + String.format("%07d", 1000 + i * 37), null, null, false, null);
	}

	/** One to three contacts, the first the decision-maker, as rows for {@link #CONTACT}. */
	private static void contacts(List<Map<String, Object>> rows, long customerId, int i, Random random, Instant at) {
		int count = 1 + random.nextInt(3);
		for (int n = 0; n < count; n++) {
			Map<String, Object> row = new HashMap<>();
			row.put("customerId", customerId);
			row.put("name", DemoNames.person(random));
			row.put("mobile", mobile(i * 3 + n, random));
			row.put("title", DemoNames.title(random));
			row.put("decisionMaker", n == 0);
			row.put("at", at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
			rows.add(row);
		}
	}

	/**
	 * Unique by the eight digits after the prefix (900 × 7919 stays below 10⁸), so the duplicate
	 * check never finds two demo contacts with one mobile, whatever prefix is drawn.
	 */
	private static String mobile(int n, Random random) {
		String prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
		return prefix + String.format("%08d", 10_000_000 + n * 7919);
	}
}
