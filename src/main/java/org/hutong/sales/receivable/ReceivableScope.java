package org.hutong.sales.receivable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.hutong.identity.DataScopes;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.web.EnterpriseZone;
import org.springframework.stereotype.Component;

/**
 * Which owed terms a reader sees: those of contracts whose 负责人 their data scope shows, as the
 * contract lists do ({@link DataScopes}), narrowed to one customer, one 负责人 or one department and
 * those below it.
 */
@Component
class ReceivableScope {

	private final DataScopes scopes;

	private final OrgChart org;

	private final Clock clock;

	ReceivableScope(DataScopes scopes, OrgChart org, Clock clock) {
		this.scopes = scopes;
		this.org = org;
		this.clock = clock;
	}

	VisibleOwners visible(SignedInUser user) {
		return scopes.of(user);
	}

	ReceivableQuery of(SignedInUser user, Long customer, Long owner, Long dept) {
		ReceivableQuery query = new ReceivableQuery();
		VisibleOwners visible = scopes.of(user);
		if (!visible.all()) {
			query.and("t.owner_id IN (:visibleOwners)", "visibleOwners", visible.ownerIds());
		}
		if (customer != null) {
			query.and("t.customer_id = :customer", "customer", customer);
		}
		if (owner != null) {
			query.and("t.owner_id = :owner", "owner", owner);
		}
		if (dept != null) {
			Set<Long> people = org.peopleIn(dept);
			if (people.isEmpty()) {
				query.and("1 = 0");
			}
			else {
				query.and("t.owner_id IN (:deptOwners)", "deptOwners", people);
			}
		}
		return query;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
	}
}
