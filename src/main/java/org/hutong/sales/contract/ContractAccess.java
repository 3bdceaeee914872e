package org.hutong.sales.contract;

import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work one contract: its owner and anyone whose data scope shows the owner. Working
 * it needs {@link ContractPermissions#WRITE} as well. A contract the user may not see is "not found",
 * never "forbidden", so ids reveal nothing.
 */
@Component
class ContractAccess {

	private final ContractRepository contracts;

	private final DataScopes scopes;

	ContractAccess(ContractRepository contracts, DataScopes scopes) {
		this.contracts = contracts;
		this.scopes = scopes;
	}

	Contract readable(SignedInUser user, long id) {
		Contract contract = contracts.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		if (!mayRead(user, contract)) {
			throw new RecordNotFound();
		}
		return contract;
	}

	Contract writable(SignedInUser user, long id) {
		Contract contract = readable(user, id);
		if (!user.can(ContractPermissions.WRITE)) {
			throw new AccessDeniedException("contract is read-only for this user");
		}
		return contract;
	}

	boolean mayRead(SignedInUser user, Contract contract) {
		return contract.getOwnerId() == user.userId() || scopes.of(user).includes(contract.getOwnerId());
	}
}
