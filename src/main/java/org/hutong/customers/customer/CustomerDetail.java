package org.hutong.customers.customer;

import java.util.List;

/**
 * One customer with what its page needs besides the record: what the viewer may do, and the team.
 */
public record CustomerDetail(CustomerView customer, boolean mayWrite, boolean mayDelete, List<Member> team) {

	/** A 协作人 by id, display name and access. */
	public record Member(long userId, String displayName, TeamAccess access) {
	}
}
