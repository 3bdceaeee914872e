package org.hutong.customers.customer;

import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change one customer. Reading: the pool, customers whose owner the data scope
 * shows, and customers shared with the user. Writing: customers of a visible owner, customers
 * shared for writing, and pool customers for those who see everything. Deleting: the owner, or
 * someone who sees everything. A customer the user may not read is "not found", never "forbidden",
 * so ids reveal nothing.
 */
@Component
public class CustomerAccess {

	private final CustomerRepository customers;

	private final DataScopes scopes;

	CustomerAccess(CustomerRepository customers, DataScopes scopes) {
		this.customers = customers;
		this.scopes = scopes;
	}

	/** A live customer the user may read, or {@link RecordNotFound}. */
	public Customer readable(SignedInUser user, long id) {
		Customer customer = customers.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		if (!mayRead(user, customer)) {
			throw new RecordNotFound();
		}
		return customer;
	}

	/**
	 * A live customer of the enterprise, whoever owns it: only for claiming, where "someone claimed it
	 * first" must be told apart from "not found". Claiming reveals no more than that it left the pool.
	 */
	Customer live(long id) {
		return customers.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
	}

	/** A live customer the user may change; one they only read is forbidden. */
	public Customer writable(SignedInUser user, long id) {
		Customer customer = readable(user, id);
		if (!mayWrite(user, customer)) {
			throw new AccessDeniedException("customer is read-only for this user");
		}
		return customer;
	}

	public boolean mayRead(SignedInUser user, Customer customer) {
		return !customer.isDeleted() && (customer.isInPool() || scopes.of(user).includes(customer.getOwnerId())
				|| customer.team().isOwnedOrSharedWith(user.userId()));
	}

	public boolean mayWrite(SignedInUser user, Customer customer) {
		VisibleOwners visible = scopes.of(user);
		return customer.isInPool() ? visible.all()
				: visible.includes(customer.getOwnerId()) || customer.team().isSharedForWriting(user.userId());
	}

	public boolean mayDelete(SignedInUser user, Customer customer) {
		return user.userId() == ownerOf(customer) || scopes.of(user).all();
	}

	/** 转移: whoever holds the permission and whose data scope covers the current owner. */
	public boolean mayTransfer(SignedInUser user, Customer customer) {
		return user.can(CustomerPermissions.TRANSFER) && !customer.isInPool()
				&& scopes.of(user).includes(customer.getOwnerId());
	}

	/** Contact mobiles show in full to the owner and 协作人 only; to anyone else they are masked. */
	public boolean seesMobiles(SignedInUser user, Customer customer) {
		return customer.team().isOwnedOrSharedWith(user.userId());
	}

	/** Same, for a customer known by id, live or not (a converted lead's); none that exists shows nothing. */
	public boolean seesMobiles(SignedInUser user, long customerId) {
		return customers.findById(customerId).map(customer -> seesMobiles(user, customer)).orElse(false);
	}

	private static long ownerOf(Customer customer) {
		return customer.getOwnerId() == null ? -1 : customer.getOwnerId();
	}
}
