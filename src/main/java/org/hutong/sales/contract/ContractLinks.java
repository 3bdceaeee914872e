package org.hutong.sales.contract;

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
 * Contracts as other modules' records point at them: the 合同审批's link to its contract, which the
 * approver opens from the request. Matching what is typed reads the user's own recent contracts.
 */
@Component
@Transactional(readOnly = true)
class ContractLinks implements RecordLinks {

	static final String KIND = "contract";

	private final ContractRepository contracts;

	private final ContractAccess access;

	private final ContractSearch search;

	ContractLinks(ContractRepository contracts, ContractAccess access, ContractSearch search) {
		this.contracts = contracts;
		this.access = access;
		this.search = search;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<RecordLink> matching(String typed, int limit) {
		SignedInUser user = signedIn();
		if (user == null || !user.can(ContractPermissions.READ)) {
			return List.of();
		}
		ContractFilter filter = new ContractFilter(ContractScope.MINE, typed, null, null, null, null);
		return search.page(user, filter, limit).rows().stream()
			.map(row -> link(row.id(), row.number() + " " + row.title(), row.customerName(), true))
			.toList();
	}

	@Override
	public Map<Long, RecordLink> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		SignedInUser user = signedIn();
		boolean reads = user != null && user.can(ContractPermissions.READ);
		Map<Long, RecordLink> found = new LinkedHashMap<>();
		for (Contract contract : contracts.findAllById(Set.copyOf(ids))) {
			if (!contract.isDeleted()) {
				found.put(contract.getId(), link(contract.getId(), contract.getNumber() + " " + contract.getTitle(), null,
						reads && access.mayRead(user, contract)));
			}
		}
		return found;
	}

	private static RecordLink link(long id, String name, String detail, boolean readable) {
		return new RecordLink(id, name, detail, "/sales/contracts/" + id, readable);
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}
