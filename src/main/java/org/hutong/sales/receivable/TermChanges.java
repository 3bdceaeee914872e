package org.hutong.sales.receivable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.collection.TriggerEvent;
import org.hutong.sales.contract.ContractFulfilment;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's 回款计划 变更记录, newest first: the due days that moved once it had left draft, and the
 * event that moved them. Whoever may read the contract may read it; anyone else finds no contract.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class TermChanges {

	static final int LIMIT = 100;

	private final ContractFulfilment contracts;

	private final TenantJdbc jdbc;

	TermChanges(ContractFulfilment contracts, TenantJdbc jdbc) {
		this.contracts = contracts;
		this.jdbc = jdbc;
	}

	/** One change: the term (position from 1, name), the event that moved it (null: not known), the due days before and after. */
	public record Change(int position, String term, TriggerEvent cause, LocalDate before, LocalDate after,
			Instant changedAt) {
	}

	public List<Change> of(SignedInUser user, long contractId) {
		contracts.readable(user, contractId);
		return jdbc.sql("""
				SELECT term_position, term_name, cause, due_before, due_after, changed_at FROM sales_contract_term_change
				WHERE tenant_id = :tenantId AND contract_id = :contract ORDER BY id DESC LIMIT %d""".formatted(LIMIT))
			.param("contract", contractId)
			.query((rs, n) -> new Change(rs.getInt("term_position"), rs.getString("term_name"),
					rs.getString("cause") == null ? null : TriggerEvent.valueOf(rs.getString("cause")),
					rs.getObject("due_before", LocalDate.class), rs.getObject("due_after", LocalDate.class),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}
}
