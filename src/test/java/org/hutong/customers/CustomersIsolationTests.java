package org.hutong.customers;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactForm;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.springframework.beans.factory.annotation.Autowired;

/** Customers and contacts stay inside their enterprise: by id, on their pages and through the API. */
class CustomersIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("customer", this::newCustomer, id -> visible(Customer.class, id),
						id -> get("/customers/{id}", id), id -> get("/api/v1/customers/{id}", id)),
				new Isolated("customer form", this::newCustomer, id -> visible(Customer.class, id),
						id -> get("/customers/{id}/edit", id), id -> get("/api/v1/customers/{id}/contacts", id)),
				new Isolated("contact", this::newContact, id -> visible(Contact.class, id),
						id -> get("/contacts/{id}/edit", id), id -> get("/api/v1/contacts/{id}", id)));
	}

	private boolean visible(Class<?> type, long id) {
		entityManager.clear();
		return entityManager.find(type, id) != null;
	}

	private long newCustomer() {
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		Customer customer = new Customer(CustomerForm.named(CustomerFixtures.uniqueName()), admin, admin, Instant.now());
		entityManager.persist(customer);
		return customer.getId();
	}

	private long newContact() {
		long customer = newCustomer();
		Contact contact = new Contact(customer, ContactForm.of("隔离联系人", CustomerFixtures.uniqueMobile(), null),
				Instant.now());
		entityManager.persist(contact);
		return contact.getId();
	}
}
