package org.hutong.identity;

import java.util.function.Supplier;

import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs test set-up and checks inside a demo enterprise ({@code demo}, {@code demo2}), in one transaction. */
public final class DemoTenants {

	private final Tenants tenants;

	private final TransactionTemplate transactions;

	public DemoTenants(Tenants tenants, TransactionTemplate transactions) {
		this.tenants = tenants;
		this.transactions = transactions;
	}

	public long id(String code) {
		return tenants.findByCode(code).orElseThrow().getId();
	}

	public <T> T call(String code, Supplier<T> work) {
		return TenantContext.callAs(id(code), () -> transactions.execute(status -> work.get()));
	}
}
