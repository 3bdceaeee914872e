package org.hutong.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import org.hutong.identity.AccessChanges;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.signin.SignedInUsers;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The principal an API token stands for. Resolving one reads the enterprise, the token (noting its
 * use), the user and their roles; the answer is then kept for {@link AccessChanges#MEMORY} (never past
 * the token's expiry), keyed by the token's SHA-256, never the token itself. A revoked token, a
 * disabled, locked-out or re-roled user, a role given other permissions or a suspended enterprise
 * drops it on this node at once ({@link AccessChanges}); other nodes keep theirs until it expires
 * (ADR 0027). Refusals are not kept: a bad token is looked up each time.
 */
@Component
public class BearerPrincipals implements AccessChanges.Memory {

	private final Tenants tenants;

	private final ApiTokens tokens;

	private final UserRepository users;

	private final SignedInUsers principals;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Cache<String, Known> known;

	/** A resolved token: whom it stands for, and how long this node may keep that answer. */
	private record Known(SignedInUser user, Duration keep) {
	}

	/** {@code ticker} times the memory (AccessMemoryClock), so tests can let it expire. */
	BearerPrincipals(Tenants tenants, ApiTokens tokens, UserRepository users, SignedInUsers principals,
			TransactionTemplate transactions, Clock clock, Ticker ticker) {
		this.tenants = tenants;
		this.tokens = tokens;
		this.users = users;
		this.principals = principals;
		this.transactions = transactions;
		this.clock = clock;
		this.known = Caffeine.newBuilder()
			.maximumSize(10_000)
			.ticker(ticker)
			.expireAfter(Expiry.creating((String hash, Known answer) -> answer.keep()))
			.build();
	}

	/** The token's user with their current permissions, unless it may not come in. */
	public Optional<SignedInUser> of(String secret) {
		// one resolution per token at a time, however many requests wait for it; a refusal (null) is not kept
		Known answer = known.get(ApiTokens.hash(secret), hash -> resolve(secret).orElse(null));
		return Optional.ofNullable(answer).map(Known::user);
	}

	private Optional<Known> resolve(String secret) {
		Optional<Tenant> tenant = ApiTokens.tenantOf(secret).flatMap(tenants::findById).filter(Tenant::isActive);
		if (tenant.isEmpty()) {
			return Optional.empty();
		}
		return TenantContext.callAs(tenant.get().getId(), () -> transactions.execute(status -> tokens.check(secret)
			.flatMap(usable -> users.findWithRolesById(usable.userId())
				.filter(user -> user.isActive() && !user.isLocked(clock.instant()))
				.map(user -> new Known(principals.of(tenant.get(), user), shorter(usable.left()))))));
	}

	private static Duration shorter(Duration left) {
		return left.compareTo(AccessChanges.MEMORY) < 0 ? left : AccessChanges.MEMORY;
	}

	@Override
	public void forgetUser(long tenantId, long userId) {
		known.asMap().values().removeIf(answer -> answer.user().tenantId() == tenantId && answer.user().userId() == userId);
	}

	@Override
	public void forgetEnterprise(long tenantId) {
		known.asMap().values().removeIf(answer -> answer.user().tenantId() == tenantId);
	}
}
