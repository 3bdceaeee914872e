package org.hutong.customers.customer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hutong.customers.CustomerCreated;
import org.hutong.customers.naming.CompanyNames;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creating and changing customers on behalf of an import, which has checked the rows itself and
 * runs outside a request: the same entity transitions, change history and {@link CustomerCreated}
 * event as the form, without the form's per-request checks. Callers decide who may write what.
 */
@Component
public class CustomerUpserts {

	private final CustomerRepository customers;

	private final CustomerChanges changes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntityManager entityManager;

	CustomerUpserts(CustomerRepository customers, CustomerChanges changes, ApplicationEventPublisher events,
			Clock clock, EntityManager entityManager) {
		this.customers = customers;
		this.changes = changes;
		this.events = events;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * Writes what the last row changed and forgets the entities it loaded, so a chunk of hundreds of
	 * rows does not make every later query dirty-check all of them first.
	 */
	public void settle() {
		entityManager.flush();
		entityManager.clear();
	}

	/** The customer holding this credit code, live or in the recycle bin (the code stays taken there). */
	public Optional<Customer> withCreditCode(String creditCode) {
		return creditCode == null ? Optional.empty() : customers.findByCreditCode(creditCode).stream().findFirst();
	}

	/** Live customers whose name normalises the same. */
	public List<Customer> named(String name) {
		String normalised = CompanyNames.normalise(name);
		return normalised == null || normalised.isEmpty() ? List.of()
				: customers.findByKeysNameNormalisedAndDeletedAtIsNull(normalised);
	}

	/** A new customer, owned by {@code ownerId} or in the pool when it is {@code null}. */
	public Customer create(long actorId, Long ownerId, CustomerForm form) {
		Customer customer = customers.save(new Customer(form, ownerId, actorId, clock.instant()));
		changes.created(actorId, customer, customer.getCreatedAt());
		events.publishEvent(new CustomerCreated(TenantContext.require(), customer.getId(), customer.getName(),
				customer.getOwnerId(), actorId));
		return customer;
	}

	/** Takes the form's details when they differ from the customer's; answers whether anything changed. */
	public boolean update(long actorId, Customer customer, CustomerForm form) {
		Map<String, String> before = changes.snapshot(customer);
		if (CustomerForm.of(customer).withVersion(null).equals(form.withVersion(null))) {
			return false;
		}
		customer.describe(form, clock.instant());
		changes.changed(actorId, customer, before, customer.getUpdatedAt());
		return !before.equals(changes.snapshot(customer));
	}

	/** The customer's details as a form, for filling in only what an import brings. */
	public CustomerForm formOf(Customer customer) {
		return CustomerForm.of(customer);
	}
}
