package org.hutong.customers.customer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.customers.option.OptionLabels;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 修改记录 as it is read: a customer's changes ({@link CustomerChanges} writes them) newest first,
 * keyset-paged, for whoever may read the customer. Statuses are shown by their label, options (level,
 * industry, source) by their current label.
 */
@Component
public class CustomerHistory {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	/** Fields whose values are enum codes, shown through {@code customer.<field>.<code>}. */
	static final Set<String> CODED = Set.of("status");

	/** Fields whose values are option codes, shown by the option's label. */
	static final Map<String, OptionKind> OPTIONS = Map.of("level", OptionKind.LEVEL, "industry", OptionKind.INDUSTRY,
			"source", OptionKind.SOURCE);

	private final CustomerChangeRepository changes;

	private final CustomerAccess access;

	private final Colleagues colleagues;

	private final CustomerOptions options;

	CustomerHistory(CustomerChangeRepository changes, CustomerAccess access, Colleagues colleagues,
			CustomerOptions options) {
		this.changes = changes;
		this.access = access;
		this.colleagues = colleagues;
		this.options = options;
	}

	/** The page after {@code after} (a cursor from the previous page), or the first page without one. */
	@Transactional(readOnly = true)
	@PreAuthorize(CustomerManagement.MAY_READ)
	public CustomerChangePage page(SignedInUser viewer, long customerId, String after, int limit) {
		access.readable(viewer, customerId);
		int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
		CustomerChangePage.Cursor cursor = CustomerChangePage.Cursor.parse(after);
		List<CustomerChange> found = cursor == null ? changes.findNewest(customerId, Limit.of(size + 1))
				: changes.findOlder(customerId, cursor.at(), cursor.id(), Limit.of(size + 1));
		List<CustomerChange> shown = found.subList(0, Math.min(size, found.size()));
		String next = found.size() > size ? CustomerChangePage.Cursor.of(shown.get(size - 1)).text() : null;
		return new CustomerChangePage(customerId, views(shown), next);
	}

	/** Changes after a timeline cursor (the caller has checked the viewer may read the customer). */
	List<CustomerChangeView> older(long customerId, java.time.Instant at, long idBelow, int limit) {
		return views(at == null ? changes.findNewest(customerId, Limit.of(limit))
				: changes.findOlder(customerId, at, idBelow, Limit.of(limit)));
	}

	private List<CustomerChangeView> views(List<CustomerChange> shown) {
		Set<Long> actors = new HashSet<>();
		shown.stream().map(CustomerChange::getActorId).filter(Objects::nonNull).forEach(actors::add);
		Map<Long, String> names = colleagues.names(actors);
		OptionLabels labels = options.labels();
		List<CustomerChangeView> views = new ArrayList<>();
		for (CustomerChange change : shown) {
			OptionKind kind = OPTIONS.get(change.getField());
			String old = kind == null ? change.getOldValue() : labels.label(kind, change.getOldValue());
			String now = kind == null ? change.getNewValue() : labels.label(kind, change.getNewValue());
			views.add(new CustomerChangeView(change.getId(), change.getField(), CODED.contains(change.getField()),
					old, now, change.getActorId(),
					change.getActorId() == null ? null : names.get(change.getActorId()), change.getOccurredAt()));
		}
		return views;
	}
}
