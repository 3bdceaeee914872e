package org.hutong.approvals.request;

import java.util.Set;

/** Who submits: the user, their department and their roles (what "who may submit" asks). */
public record Submitter(long userId, Long departmentId, Set<Long> roleIds) {

	public Submitter {
		roleIds = roleIds == null ? Set.of() : Set.copyOf(roleIds);
	}
}
