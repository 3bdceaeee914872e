package org.hutong.customers;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import java.util.Optional;

import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerAccess;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers as other modules may read them (sales, projects, feed): a summary by id in the current
 * enterprise, and whether a user may see one. Changes go through this module's pages and API.
 */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

	private final CustomerRepository customers;

	private final CustomerAccess access;

	CustomerDirectory(CustomerRepository customers, CustomerAccess access) {
		this.customers = customers;
		this.access = access;
	}

	/** A live customer of the current enterprise, whoever may see it. */
	public Optional<CustomerSummary> find(long id) {
		return customers.findByIdAndDeletedAtIsNull(id).map(CustomerDirectory::summary);
	}

	/** Whether the user may read the customer: by data scope, team membership or the pool. */
	public boolean canRead(SignedInUser user, long id) {
		return user.can("customers.read")
				&& customers.findByIdAndDeletedAtIsNull(id).filter(c -> access.mayRead(user, c)).isPresent();
	}

	/** Of these customer ids, those the user may read: one query for the page of a feed, not one per post. */
	public Set<Long> readable(SignedInUser user, Collection<Long> ids) {
		if (ids.isEmpty() || !user.can("customers.read")) {
			return Set.of();
		}
		return customers.findAllById(Set.copyOf(ids))
			.stream()
			.filter(c -> access.mayRead(user, c))
			.map(Customer::getId)
			.collect(Collectors.toSet());
	}

	private static CustomerSummary summary(Customer customer) {
		return new CustomerSummary(customer.getId(), customer.getName(), customer.getShortName(),
				customer.getOwnerId());
	}
}
