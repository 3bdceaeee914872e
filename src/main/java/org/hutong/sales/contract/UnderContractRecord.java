package org.hutong.sales.contract;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.SalesRecord;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A 发货单 or a 回款 as other modules refer to it (posts in the feed about one): readable when its
 * contract is, named by its number and its contract's, shown in its section of the contract's page.
 */
final class UnderContractRecord implements SalesRecord {

	private final UnderContract kind;

	private final ContractDirectory contracts;

	private final TenantJdbc jdbc;

	UnderContractRecord(UnderContract kind, ContractDirectory contracts, TenantJdbc jdbc) {
		this.kind = kind;
		this.contracts = contracts;
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return kind.type();
	}

	@Override
	public boolean canRead(SignedInUser user, long id) {
		return readable(user, Set.of(id)).contains(id);
	}

	/** Two queries for any number: the records' contracts, and which of those the user may open. */
	@Override
	public Set<Long> readable(SignedInUser user, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Map<Long, Long> contractOf = jdbc.sql(user.tenantId(), "SELECT id, contract_id FROM " + kind.table()
				+ " WHERE tenant_id = :tenantId AND id IN (:ids)").param("ids", Set.copyOf(ids))
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getLong("contract_id")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Set<Long> open = contracts.readable(user, Set.copyOf(contractOf.values()));
		return contractOf.entrySet().stream().filter(e -> open.contains(e.getValue())).map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** {@code FH-20261207-0002 · HT-20261207-0003}, when it and its contract are there. */
	@Override
	public Optional<String> label(long id) {
		List<String> found = jdbc.sql("SELECT r.number, c.number AS contract_number FROM " + kind.table() + " r "
				+ "JOIN sales_contract c ON c.tenant_id = r.tenant_id AND c.id = r.contract_id "
				+ "WHERE r.tenant_id = :tenantId AND r.id = :id AND c.deleted_at IS NULL").param("id", id)
			.query((rs, n) -> rs.getString("number") + " · " + rs.getString("contract_number"))
			.list();
		return found.stream().findFirst();
	}

	/** Its section of the contract's page. */
	@Override
	public String href(long id) {
		return jdbc.sql("SELECT contract_id FROM " + kind.table() + " WHERE tenant_id = :tenantId AND id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.map(contract -> "/sales/contracts/" + contract + "#" + kind.section())
			.orElse("/sales/contracts");
	}

	/** The beans: one record kind per {@link UnderContract}. */
	@Configuration(proxyBeanMethods = false)
	static class Kinds {

		@Bean
		SalesRecord deliveryRecord(ContractDirectory contracts, TenantJdbc jdbc) {
			return new UnderContractRecord(UnderContract.DELIVERY, contracts, jdbc);
		}

		@Bean
		SalesRecord receiptRecord(ContractDirectory contracts, TenantJdbc jdbc) {
			return new UnderContractRecord(UnderContract.RECEIPT, contracts, jdbc);
		}
	}
}
