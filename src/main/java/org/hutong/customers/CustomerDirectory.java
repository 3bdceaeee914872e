package org.hutong.customers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactRepository;
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

	private final ContactRepository contacts;

	CustomerDirectory(CustomerRepository customers, CustomerAccess access, CustomerOptions options,
			ContactRepository contacts) {
		this.customers = customers;
		this.access = access;
		this.options = options;
		this.contacts = contacts;
	}

	/** A 联系人 as other modules show and pick them: never the mobile or other details. */
	public record ContactSummary(long id, long customerId, String name, String title) {
	}

	/** The live contacts of a customer, decision makers first (an opportunity picks its contacts among them). */
	public List<ContactSummary> contacts(long customerId) {
		return contacts.findByCustomerIdAndDeletedAtIsNullOrderByDecisionMakerDescIdAsc(customerId).stream()
			.map(CustomerDirectory::summary)
			.toList();
	}

	/** These live contacts by id, in one query; unknown and deleted ids are left out. */
	public java.util.Map<Long, ContactSummary> contactsById(Collection<Long> ids) {
		return ids.isEmpty() ? java.util.Map.of()
				: contacts.findAllById(Set.copyOf(ids)).stream().filter(c -> !c.isDeleted())
					.collect(Collectors.toMap(Contact::getId, CustomerDirectory::summary));
	}

	private static ContactSummary summary(Contact contact) {
		return new ContactSummary(contact.getId(), contact.getCustomerId(), contact.getName(), contact.getTitle());
	}

	/** These live customers of the current enterprise by id, in one query; unknown and deleted ids are left out. */
	public java.util.Map<Long, CustomerSummary> findAll(Collection<Long> ids) {
		return ids.isEmpty() ? java.util.Map.of()
				: customers.findAllById(Set.copyOf(ids)).stream().filter(c -> !c.isDeleted())
					.collect(Collectors.toMap(Customer::getId, CustomerDirectory::summary));
	}

	/** Up to {@code limit} live customers of this owner, oldest first: for another module's demo data. */
	public List<CustomerSummary> ownedBy(long ownerId, int limit) {
		return customers.findAll((root, query, cb) -> cb.and(cb.equal(root.get("ownerId"), ownerId),
				cb.isNull(root.get("deletedAt"))), org.springframework.data.domain.PageRequest.of(0, limit,
						org.springframework.data.domain.Sort.by("id")))
			.map(CustomerDirectory::summary)
			.toList();
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
