package org.hutong.customers.lead;

import java.time.Instant;
import java.util.List;

import org.hutong.TestUsers;
import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.customers.naming.CompanyNames;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Leads for tests, stored straight in the {@code demo} enterprise, and what conversions left behind. */
final class LeadFixtures {

	private final DemoTenants demo;

	private final TestUsers users;

	private final LeadRepository leads;

	private final CustomerRepository customers;

	private final ContactRepository contacts;

	LeadFixtures(Tenants tenants, TransactionTemplate transactions, UserDetailsService userDetails, LeadRepository leads,
			CustomerRepository customers, ContactRepository contacts) {
		this.demo = new DemoTenants(tenants, transactions);
		this.users = new TestUsers(userDetails);
		this.leads = leads;
		this.customers = customers;
		this.contacts = contacts;
	}

	/** A 新线索 of {@code demo} owned by the user. */
	Lead lead(String username, String company, String contactName, String mobile) {
		long owner = users.load("demo", username).userId();
		return demo.call("demo", () -> leads.save(new Lead(LeadForm.of(company, contactName, mobile), owner, Instant.now())));
	}

	Lead reload(long id) {
		return demo.call("demo", () -> leads.findById(id).orElseThrow());
	}

	/** The live customers of {@code demo} whose normalised name equals that of {@code name}. */
	List<Customer> customersNamed(String name) {
		return demo.call("demo", () -> customers.findByKeysNameNormalisedAndDeletedAtIsNull(CompanyNames.normalise(name)));
	}

	Customer customer(long id) {
		return demo.call("demo", () -> customers.findById(id).orElseThrow());
	}

	Contact contact(long id) {
		return demo.call("demo", () -> contacts.findById(id).orElseThrow());
	}
}
