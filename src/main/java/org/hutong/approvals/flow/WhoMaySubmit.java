package org.hutong.approvals.flow;

import java.util.Collection;
import java.util.List;

/** Who may submit a flow: everyone, or the people of some departments (and below), or of some roles. */
public record WhoMaySubmit(boolean everyone, List<Long> departmentIds, List<Long> roleIds) {

	public WhoMaySubmit {
		departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
		roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
	}

	public static WhoMaySubmit anyone() {
		return new WhoMaySubmit(true, List.of(), List.of());
	}

	/** Whether someone in these departments (their own and those above) holding these roles may submit. */
	public boolean allows(Collection<Long> departmentChain, Collection<Long> heldRoleIds) {
		return everyone || departmentIds.stream().anyMatch(departmentChain::contains)
				|| roleIds.stream().anyMatch(heldRoleIds::contains);
	}
}
