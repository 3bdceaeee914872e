package org.hutong.approvals.api;

import java.util.stream.Collectors;

import org.hutong.approvals.request.Submitter;
import org.hutong.identity.SignedInUser;
import org.springframework.security.core.Authentication;

/** Who calls the approvals API, as the engine and the access rules need them. */
record ApiCaller(SignedInUser user, boolean admin) {

	/** The enterprise's approvals administrator (审批设置): sees and edits every flow and sees every request. */
	static final String ADMIN = "approvals.admin";

	static final String MAY_ADMINISTER = "hasAuthority('" + ADMIN + "')";

	static ApiCaller of(Authentication authentication) {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		boolean admin = authentication.getAuthorities().stream().anyMatch(a -> ADMIN.equals(a.getAuthority()));
		return new ApiCaller(user, admin);
	}

	long id() {
		return user.userId();
	}

	Submitter submitter() {
		return new Submitter(user.userId(), user.departmentId(),
				user.roles().stream().map(SignedInUser.RoleRef::id).collect(Collectors.toSet()));
	}
}
