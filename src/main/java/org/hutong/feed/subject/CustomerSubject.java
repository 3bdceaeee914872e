package org.hutong.feed.subject;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.feed.SubjectType;
import org.hutong.identity.SignedInUser;
import org.springframework.stereotype.Component;

/** Posts on a 客户: readable by whoever may read the customer, as the customers module decides. */
@Component
class CustomerSubject implements SubjectType {

	private final CustomerDirectory customers;

	CustomerSubject(CustomerDirectory customers) {
		this.customers = customers;
	}

	@Override
	public String type() {
		return "customer";
	}

	@Override
	public boolean canRead(SignedInUser user, long id) {
		return customers.canRead(user, id);
	}

	@Override
	public Set<Long> readable(SignedInUser user, Collection<Long> ids) {
		return customers.readable(user, ids);
	}

	@Override
	public Optional<String> label(long id) {
		return customers.find(id).map(CustomerSummary::name);
	}

	@Override
	public String href(long id) {
		return "/customers/" + id;
	}
}
