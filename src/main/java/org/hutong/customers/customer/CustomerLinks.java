package org.hutong.customers.customer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.RecordLinks;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers as other modules' records point at them (an approval form's 关联客户): found by the
 * same indexed keyword search as the 团队 list, so a common word such as 电力 costs what the list
 * costs, and only among the customers the user may see there (their own, their data scope's and
 * those shared with them).
 */
@Component
@Transactional(readOnly = true)
class CustomerLinks implements RecordLinks {

	static final String KIND = "customer";

	private final CustomerSearch search;

	private final CustomerRepository customers;

	private final CustomerAccess access;

	CustomerLinks(CustomerSearch search, CustomerRepository customers, CustomerAccess access) {
		this.search = search;
		this.customers = customers;
		this.access = access;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<RecordLink> matching(String typed, int limit) {
		SignedInUser user = signedIn();
		if (user == null || !user.can("customers.read")) {
			return List.of();
		}
		CustomerFilter filter = new CustomerFilter(CustomerScope.TEAM, typed, null, null, null, null,
				CustomerSort.UPDATED, null, null, null, null, null, null, null);
		return search.page(user, filter, limit).rows().stream().map(row -> link(row.id(), row.name(),
				detail(row.region(), row.ownerName()), true)).toList();
	}

	@Override
	public Map<Long, RecordLink> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		SignedInUser user = signedIn();
		boolean reads = user != null && user.can("customers.read");
		Map<Long, RecordLink> found = new LinkedHashMap<>();
		for (Customer customer : customers.findAllById(Set.copyOf(ids))) {
			if (!customer.isDeleted()) {
				found.put(customer.getId(), link(customer.getId(), customer.getName(), null,
						reads && access.mayRead(user, customer)));
			}
		}
		return found;
	}

	private static RecordLink link(long id, String name, String detail, boolean readable) {
		return new RecordLink(id, name, detail, "/customers/" + id, readable);
	}

	private static String detail(String region, String owner) {
		if (region == null) {
			return owner;
		}
		return owner == null ? region : region + " · " + owner;
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}
