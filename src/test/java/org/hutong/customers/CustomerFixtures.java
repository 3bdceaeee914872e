package org.hutong.customers;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.TestUsers;
import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactForm;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers and contacts for tests, stored straight in a demo enterprise, named so that no two
 * tests (or demo customers) are duplicates or similar.
 */
public final class CustomerFixtures {

	private final DemoTenants demo;

	private final TestUsers users;

	private final CustomerRepository customers;

	private final ContactRepository contacts;

	public CustomerFixtures(Tenants tenants, TransactionTemplate transactions, UserDetailsService userDetails,
			CustomerRepository customers, ContactRepository contacts) {
		this.demo = new DemoTenants(tenants, transactions);
		this.users = new TestUsers(userDetails);
		this.customers = customers;
		this.contacts = contacts;
	}

	/** Six random common characters and a legal form: unique, and similar to nothing else. */
	public static String uniqueName() {
		StringBuilder name = new StringBuilder();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 6; i++) {
			name.append((char) random.nextInt(0x5000, 0x9000));
		}
		return name + "有限公司";
	}

	/** A customer of {@code demo} owned by the user, or in the pool when {@code username} is {@code null}. */
	public Customer customer(String username) {
		return customer("demo", username, uniqueName());
	}

	public Customer customer(String tenant, String username, String name) {
		Long owner = username == null ? null : users.load(tenant, username).userId();
		long creator = users.load(tenant, "admin").userId();
		return demo.call(tenant, () -> customers.save(new Customer(CustomerForm.named(name), owner, creator, Instant.now())));
	}

	public Contact contact(Customer customer, String mobile) {
		return demo.call("demo", () -> contacts
			.save(new Contact(customer.getId(), ContactForm.of("联系人" + customer.getId(), mobile, "主任"), Instant.now())));
	}

	/** A mobile no other test uses. */
	public static String uniqueMobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	public long userId(String username) {
		return users.load("demo", username).userId();
	}
}
