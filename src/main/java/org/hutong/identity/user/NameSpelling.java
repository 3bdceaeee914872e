package org.hutong.identity.user;

import java.util.List;

import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spells, once, the names of people written before names were spelled for search (or written by SQL,
 * like the benchmark's generator), enterprise by enterprise. Every later save spells the name itself
 * ({@link User#spellName}); on a database where all are spelled this is one empty query per enterprise.
 */
@Component
@Order(5)
class NameSpelling implements StartupSeed {

	private final Tenants tenants;

	private final UserRepository users;

	private final TransactionTemplate transactions;

	NameSpelling(Tenants tenants, UserRepository users, TransactionTemplate transactions) {
		this.tenants = tenants;
		this.users = users;
		this.transactions = transactions;
	}

	@Override
	public void seed() {
		for (Tenant tenant : tenants.all()) {
			TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(status -> spell()));
		}
	}

	private void spell() {
		List<User> unspelled = users.findByNamePinyinIsNullAndDisplayNameIsNotNull();
		unspelled.forEach(User::spellName);
	}
}
