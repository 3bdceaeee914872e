package org.hutong.sales.contract;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.SalesRecord;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合同 as other modules refer to them (posts in the feed about one): whether a user may open a contract,
 * by the rule of its page — the read permission and an owner the data scope shows — for many contracts
 * in one query, and what to call it. A contract's feed shows the posts on its 发货单 and 回款 as well.
 */
@Service
@Transactional(readOnly = true)
public class ContractDirectory implements SalesRecord {

	private final ContractRepository contracts;

	private final ContractAccess access;

	private final TenantJdbc jdbc;

	ContractDirectory(ContractRepository contracts, ContractAccess access, TenantJdbc jdbc) {
		this.contracts = contracts;
		this.access = access;
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return ContractLinks.KIND;
	}

	@Override
	public boolean canRead(SignedInUser user, long id) {
		return readable(user, Set.of(id)).contains(id);
	}

	@Override
	public Set<Long> readable(SignedInUser user, Collection<Long> ids) {
		return user.can(ContractPermissions.READ) ? access.readable(user, ids) : Set.of();
	}

	/** {@code HT-20261207-0003 · 开关柜采购合同}, when the contract is there. */
	@Override
	public Optional<String> label(long id) {
		return contracts.findByIdAndDeletedAtIsNull(id).map(contract -> contract.getNumber() + " · " + contract.getTitle());
	}

	@Override
	public String href(long id) {
		return "/sales/contracts/" + id;
	}

	@Override
	public Map<String, Set<Long>> related(long id) {
		Map<String, Set<Long>> related = new LinkedHashMap<>();
		for (UnderContract kind : UnderContract.values()) {
			related.put(kind.type(), Set.copyOf(jdbc.sql("SELECT id FROM " + kind.table()
					+ " WHERE tenant_id = :tenantId AND contract_id = :contract").param("contract", id).query(Long.class).list()));
		}
		return related;
	}
}
