package org.hutong.customers.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactForm;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.customers.customer.CustomerIndustry;
import org.hutong.customers.customer.CustomerLevel;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.customers.customer.CustomerSource;
import org.hutong.customers.customer.CustomerStatus;
import org.hutong.customers.region.Region;
import org.hutong.customers.region.Regions;
import org.hutong.identity.Colleagues;
import org.hutong.identity.Roles;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode, after identity's demo data: gives the demo sales roles the customer permissions and
 * seeds the {@code demo} enterprise with customers of a power equipment maker (grid companies,
 * utilities, industrial parks, factories across 河南 and its neighbours), some in the public pool,
 * each with a few contacts. Runs only while the enterprise has no customers, so restarts add nothing.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("hutong.demo")
class CustomerDemoData implements ApplicationRunner {

	private static final Set<String> ALL = Set.of("customers.read", "customers.write", "customers.delete",
			"customers.export", "customers.import", "customers.transfer");

	private static final Set<String> REP = Set.of("customers.read", "customers.write", "customers.delete");

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

	/** Where the demo writes, and what it reads regions and time from, bundled to keep the constructor short. */
	@Component
	record Stores(CustomerRepository customers, ContactRepository contacts, Regions regions, Clock clock) {
	}

	@Override
	public void run(ApplicationArguments args) {
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
		if (owners.isEmpty()) {
			return;
		}
		Random random = new Random(20240601L);
		Instant now = stores.clock().instant();
		List<String> names = DemoNames.customers();
		for (int i = 0; i < names.size(); i++) {
			Long owner = i % 7 == 2 || i % 19 == 0 ? null : owners.get(i % owners.size());
			Instant created = now.minus(Duration.ofHours(6L * (names.size() - i) + random.nextInt(6)));
			Customer customer = stores.customers()
				.save(new Customer(form(names.get(i), i, random), owner, owner == null ? owners.get(0) : owner, created));
			contacts(customer.getId(), i, random, created);
		}
	}

	private CustomerForm form(String name, int i, Random random) {
		String province = DemoNames.PROVINCES.get(random.nextInt(DemoNames.PROVINCES.size()));
		Region city = pick(stores.regions().citiesOf(province), random);
		Region county = city == null ? null : pick(stores.regions().countiesOf(city.code()), random);
		CustomerIndustry industry = DemoNames.industryOf(name);
		return new CustomerForm(name, null, i % 2 == 0 ? DemoNames.creditCode(province, i) : null,
				CustomerLevel.values()[random.nextInt(CustomerLevel.values().length)], industry,
				CustomerSource.values()[random.nextInt(CustomerSource.values().length)],
				CustomerStatus.values()[i % 7 == 3 ? 3 : random.nextInt(3)], province,
				city == null ? null : city.code(), county == null ? null : county.code(), null,
				"0371-6" + String.format("%07d", 1000 + i * 37), null, null, false, null);
	}

	private void contacts(long customerId, int i, Random random, Instant at) {
		int count = 1 + random.nextInt(3);
		for (int n = 0; n < count; n++) {
			String mobile = "13" + (5 + n) + String.format("%08d", 37000000 + i * 97 + n);
			ContactForm contact = ContactForm.of(DemoNames.person(random), mobile, DemoNames.title(n));
			stores.contacts().save(new Contact(customerId, contact, at));
		}
	}

	private static Region pick(List<Region> regions, Random random) {
		return regions.isEmpty() ? null : regions.get(random.nextInt(regions.size()));
	}
}
