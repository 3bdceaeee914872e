package org.hutong.identity.signin;

import java.time.Clock;

import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a user by the qualified name {@code tenantCode/username} that remember-me cookies carry.
 * A suspended enterprise, a disabled or a locked user (while the lock lasts) is not remembered.
 */
@Component
class RememberedUsers implements UserDetailsService {

	private final Tenants tenants;

	private final UserRepository users;

	private final SignedInUsers principals;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RememberedUsers(Tenants tenants, UserRepository users, SignedInUsers principals, TransactionTemplate transactions,
			Clock clock) {
		this.clock = clock;
		this.tenants = tenants;
		this.users = users;
		this.principals = principals;
		this.transactions = transactions;
	}

	@Override
	public UserDetails loadUserByUsername(String qualifiedName) {
		int slash = qualifiedName.indexOf('/');
		if (slash < 1) {
			throw new UsernameNotFoundException("not qualified");
		}
		Tenant tenant = tenants.findByCode(qualifiedName.substring(0, slash))
			.filter(Tenant::isActive)
			.orElseThrow(() -> new UsernameNotFoundException("no tenant"));
		String username = qualifiedName.substring(slash + 1);
		return TenantContext.callAs(tenant.getId(), () -> transactions.execute(status -> {
			User user = users.findByUsername(username)
				.filter(found -> found.isActive() && !found.isLocked(clock.instant()))
				.orElseThrow(() -> new UsernameNotFoundException("no user"));
			return principals.of(tenant, user);
		}));
	}
}
