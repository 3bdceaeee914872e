package org.hutong.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.hutong.identity.AccessChanges;
import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, checks and revokes personal API tokens. A token reads {@code hut_<tenantId>_<secret>}:
 * the tenant part lets the check run inside that enterprise, where the hash is unique.
 */
@Service
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AuditLog audit;

	private final Clock clock;

	private final AccessChanges changes;

	ApiTokens(ApiTokenRepository tokens, AuditLog audit, Clock clock, AccessChanges changes) {
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
		this.changes = changes;
	}

	/** A new token and the only time its secret is seen. */
	public record Issued(ApiToken token, String secret) {
	}

	@Transactional
	public Issued create(SignedInUser owner, String name, int validDays) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "hut_" + owner.tenantId() + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		ApiToken token = tokens.save(new ApiToken(owner.userId(), name, hash(secret),
				secret.substring(secret.length() - 4), now, now.plus(Duration.ofDays(validDays))));
		audit.record(AuditAction.TOKEN_CREATED, name, "expires " + token.getExpiresAt());
		return new Issued(token, secret);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> of(SignedInUser owner) {
		return tokens.findByUserIdOrderByCreatedAtDesc(owner.userId());
	}

	@Transactional
	public void revoke(SignedInUser owner, long tokenId) {
		ApiToken token = tokens.findByIdAndUserId(tokenId, owner.userId()).orElseThrow(RecordNotFound::new);
		token.revoke(clock.instant());
		audit.record(AuditAction.TOKEN_REVOKED, token.getName(), null);
		// the remembered principals of all the owner's tokens go: one more look-up each, rarely
		changes.userChanged(owner.tenantId(), owner.userId());
	}

	/** Whose a usable token is, and for how much longer it is valid. */
	public record Usable(long userId, Duration left) {
	}

	/** The user behind a usable token; must run inside the token's tenant. */
	@Transactional
	public Optional<Usable> check(String secret) {
		Instant now = clock.instant();
		return tokens.findByTokenHash(hash(secret)).filter(token -> token.isUsable(now)).map(token -> {
			token.used(now);
			return new Usable(token.getUserId(), Duration.between(now, token.getExpiresAt()));
		});
	}

	/** The enterprise a token names, if it is shaped like one of ours. */
	public static Optional<Long> tenantOf(String secret) {
		String[] parts = secret.split("_", 3);
		if (parts.length != 3 || !parts[0].equals("hut")) {
			return Optional.empty();
		}
		try {
			long tenantId = Long.parseLong(parts[1]);
			return tenantId > 0 ? Optional.of(tenantId) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The SHA-256 of a token, as stored: what may be kept in memory instead of the secret. */
	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
