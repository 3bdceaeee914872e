package org.hutong.customers.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.shared.Texts;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.RecordNotFound;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * 回收站: deleted customers whose owner the viewer's data scope covers (pool customers for those who
 * see everything), newest deletion first, keyset-paged. Restoring checks duplicates again, since a
 * live customer may have taken the name meanwhile. Administrators purge a customer for good when
 * nothing else refers to it (no contacts, follow-ups, leads or merged customers).
 */
@Service
@Transactional
public class RecycleBin {

	public static final String MAY_MANAGE = "hasAuthority('customers.delete')";

	public static final String MAY_PURGE = "hasAuthority('customers.admin')";

	private final CustomerRepository customers;

	private final DataScopes scopes;

	private final Duplicates duplicates;

	private final CustomerViews views;

	private final Parts parts;

	RecycleBin(CustomerRepository customers, DataScopes scopes, Duplicates duplicates, CustomerViews views, Parts parts) {
		this.customers = customers;
		this.scopes = scopes;
		this.duplicates = duplicates;
		this.views = views;
		this.parts = parts;
	}

	/** What restoring and purging need besides the customers, bundled to keep the constructor short. */
	@Component
	record Parts(TenantJdbc jdbc, AuditLog audit, Clock clock, LiveContactMobiles mobiles) {
	}

	/** One page and the cursor of the next ({@code null} on the last). */
	public record Page(List<RecycleBinEntry> entries, String next) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize(MAY_MANAGE)
	public Page page(SignedInUser viewer, String after, int limit) {
		return page(viewer, null, after, limit);
	}

	/**
	 * One page of the deleted customers whose name or short name holds {@code q} (any case; none: all).
	 * The bin holds few rows next to the live list, so the name is matched on the row.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(MAY_MANAGE)
	public Page page(SignedInUser viewer, String q, String after, int limit) {
		int size = Math.max(1, Math.min(limit, CustomerSearch.MAX_LIMIT));
		Specification<Customer> matching = visibleTo(viewer).and(named(q)).and(after(after));
		List<Customer> found = customers.findBy(matching,
				query -> query.sortBy(Sort.by(Sort.Direction.DESC, "deletedAt", "id")).limit(size + 1).all());
		List<Customer> shown = found.subList(0, Math.min(size, found.size()));
		List<CustomerView> rows = views.of(shown);
		List<RecycleBinEntry> entries = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			entries.add(new RecycleBinEntry(rows.get(i), shown.get(i).getDeletedAt(), shown.get(i).getMergedIntoId()));
		}
		Customer last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new Page(entries, found.size() > size ? last.getDeletedAt() + "_" + last.getId() : null);
	}

	/** Restores the customer unless a live customer now has its name (or credit code): then {@link CustomerRefused}. */
	@PreAuthorize(MAY_MANAGE)
	public CustomerView restore(SignedInUser actor, long id) {
		Customer customer = deleted(actor, id);
		CustomerForm form = CustomerForm.of(customer);
		BeanPropertyBindingResult clashes = new BeanPropertyBindingResult(form, "form");
		duplicates.check(actor, new CustomerForm(form.name(), null, form.creditCode(), null, null, null, null, null, null,
				null, null, null, null, null, true, null), customer.getId(), clashes);
		if (clashes.hasErrors()) {
			throw refusal(actor, clashes.getFieldErrors().get(0).getField().equals("name")
					? customers.findByLiveName(customer.getKeys().getNameNormalised())
					: customers.findByCreditCode(customer.getCreditCode()), id);
		}
		Optional<Customer> mobileClash = parts.mobiles().clash(id).flatMap(customers::findByIdAndDeletedAtIsNull);
		if (mobileClash.isPresent()) {
			throw refusal(actor, List.of(mobileClash.get()), id);
		}
		customer.restore(parts.clock().instant());
		customers.flush();
		parts.mobiles().reclaim(id);
		return views.of(customer);
	}

	/** "Cannot restore: it duplicates …", naming the clashing customer only to those who may see it. */
	private CustomerRefused refusal(SignedInUser actor, List<Customer> clashing, long self) {
		Customer clash = clashing.stream().filter(other -> other.getId() != self).findFirst().orElseThrow();
		Duplicates.Clash message = duplicates.clash("customer.restore.clash", actor, clash);
		return new CustomerRefused(message.code(), message.arguments());
	}

	/** Deletes the customer for good, with its team and histories; one that others refer to stays. */
	@PreAuthorize(MAY_PURGE)
	public void purge(SignedInUser actor, long id) {
		Customer customer = deleted(actor, id);
		if (refersTo(customer)) {
			throw new CustomerRefused("customer.purge.inUse");
		}
		for (String table : List.of("customers_owner_change", "customers_change")) {
			parts.jdbc().sql("delete from " + table + " where tenant_id = :tenantId and customer_id = :id")
				.param("id", id)
				.update();
		}
		customers.delete(customer);
		customers.flush();
		parts.audit().record(AuditAction.CUSTOMER_PURGED, customer.getName(), "#" + id);
	}

	private boolean refersTo(Customer customer) {
		String sql = "select (select count(*) from customers_contact where tenant_id = :tenantId and customer_id = :id)"
				+ " + (select count(*) from customers_follow_up where tenant_id = :tenantId and customer_id = :id)"
				+ " + (select count(*) from customers_lead where tenant_id = :tenantId and converted_customer_id = :id)"
				+ " + (select count(*) from customers_customer where tenant_id = :tenantId and merged_into_id = :id)";
		return parts.jdbc().sql(sql).param("id", customer.getId()).query(Long.class).single() > 0;
	}

	/** A deleted customer in the viewer's recycle bin, or {@link RecordNotFound}. */
	private Customer deleted(SignedInUser viewer, long id) {
		return customers.findOne(visibleTo(viewer).and((root, query, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(RecordNotFound::new);
	}

	private Specification<Customer> visibleTo(SignedInUser viewer) {
		VisibleOwners visible = scopes.of(viewer);
		Specification<Customer> deleted = (root, query, cb) -> cb.isNotNull(root.get("deletedAt"));
		Specification<Customer> owners = visible.all() ? Specification.unrestricted()
				: visible.ownedByOrShared("ownerId", CustomerSearch.sharedWith(viewer.userId()));
		return deleted.and(owners);
	}

	private static Specification<Customer> named(String q) {
		String text = Texts.clean(q);
		text = text == null || text.length() <= CustomerFilter.MAX_QUERY ? text : text.substring(0, CustomerFilter.MAX_QUERY);
		if (text == null) {
			return Specification.unrestricted();
		}
		String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
				cb.like(cb.lower(root.get("shortName")), pattern, '\\'));
	}

	private static Specification<Customer> after(String cursor) {
		if (cursor == null || !cursor.matches("[0-9TZ:.\\-]+_\\d{1,19}")) {
			return Specification.unrestricted();
		}
		String[] parts = cursor.split("_");
		Instant at;
		try {
			at = Instant.parse(parts[0]);
		}
		catch (RuntimeException unreadable) {
			return Specification.unrestricted();
		}
		long id = Long.parseLong(parts[1]);
		return (root, query, cb) -> cb.or(cb.lessThan(root.get("deletedAt"), at),
				cb.and(cb.equal(root.get("deletedAt"), at), cb.lessThan(root.get("id"), id)));
	}
}
