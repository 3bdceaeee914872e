package org.hutong.customers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerAccess;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.identity.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers as other modules may read them (sales, projects, feed): a summary by id in the current
 * enterprise, whether a user may see one, and the enterprise's 客户级别 list. Changes go through this module's pages and API.
 */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

	private final CustomerRepository customers;

	private final CustomerAccess access;

	private final CustomerOptions options;

	CustomerDirectory(CustomerRepository customers, CustomerAccess access, CustomerOptions options) {
		this.customers = customers;
		this.access = access;
		this.options = options;
	}

	/** These live customers of the current enterprise by id, in one query; unknown and deleted ids are left out. */
	public java.util.Map<Long, CustomerSummary> findAll(Collection<Long> ids) {
		return ids.isEmpty() ? java.util.Map.of()
				: customers.findAllById(Set.copyOf(ids)).stream().filter(c -> !c.isDeleted())
					.collect(Collectors.toMap(Customer::getId, CustomerDirectory::summary));
	}

	/** A live customer of the current enterprise, whoever may see it. */
	public Optional<CustomerSummary> find(long id) {
		return customers.findByIdAndDeletedAtIsNull(id).map(CustomerDirectory::summary);
	}

	/** A 客户级别 of the enterprise's list, its label in the reader's language. */
	public record Level(String code, String label, boolean active) {
	}

	/** The enterprise's 客户级别 list, in its order (price lists are assigned to levels). */
	public List<Level> levels() {
		return options.choices(OptionKind.LEVEL).stream()
			.map(choice -> new Level(choice.code(), choice.label(), choice.active()))
			.toList();
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
				customer.getOwnerId(), customer.getLevel());
	}
}
