package org.hutong.sales.contract;

import java.util.Collection;
import java.util.Set;

import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.tenancy.TenantJdbc;
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

	private final TenantJdbc jdbc;

	ContractAccess(ContractRepository contracts, DataScopes scopes, TenantJdbc jdbc) {
		this.contracts = contracts;
		this.scopes = scopes;
		this.jdbc = jdbc;
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

	/**
	 * Of these contracts of the user's enterprise, those the user may see, in one query: live ones whose
	 * owner the data scope shows (which always includes the user).
	 */
	Set<Long> readable(SignedInUser user, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		VisibleOwners owners = scopes.of(user);
		return Set.copyOf(owners.bind(jdbc.sql(user.tenantId(), "SELECT id FROM sales_contract WHERE tenant_id = :tenantId "
				+ "AND id IN (:ids) AND deleted_at IS NULL AND " + owners.sql("owner_id")).param("ids", Set.copyOf(ids)))
			.query(Long.class)
			.list());
	}

	boolean mayRead(SignedInUser user, Contract contract) {
		return contract.getOwnerId() == user.userId() || scopes.of(user).includes(contract.getOwnerId());
	}
}
