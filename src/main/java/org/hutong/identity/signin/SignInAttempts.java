package org.hutong.identity.signin;

import java.time.Clock;
import java.time.Instant;

import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.PasswordPolicy;
import org.hutong.identity.SignInFailures;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.Tenant;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks one password for one user of one enterprise, counting failures: five in a row lock the
 * account for fifteen minutes — a real one on its user row, an unknown name in
 * {@link SignInFailures}. Failures are committed even though the attempt throws.
 */
@Service
class SignInAttempts {

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final SignedInUsers principals;

	private final AuditLog audit;

	private final SignInFailures failures;

	private final Clock clock;

	/** Compared against when the user does not exist, so both paths take the same time. */
	private final String absentUserHash;

	SignInAttempts(UserRepository users, PasswordEncoder encoder, SignedInUsers principals, AuditLog audit,
			SignInFailures failures, Clock clock) {
		this.failures = failures;
		this.users = users;
		this.encoder = encoder;
		this.principals = principals;
		this.audit = audit;
		this.clock = clock;
		this.absentUserHash = encoder.encode("absent-user");
	}

	/**
	 * Checks the password first and tells nothing before it is right: an unknown name counts its
	 * failures (in the database) and locks like a real one, and a suspended enterprise or a disabled
	 * user is only told so to whoever knows the password.
	 */
	@Transactional(noRollbackFor = AuthenticationException.class)
	public SignedInUser attempt(Tenant tenant, String username, String password) {
		Instant now = clock.instant();
		User user = users.findByUsername(username).orElse(null);
		if (user == null) {
			throw unknown(tenant.getCode(), username, password);
		}
		if (user.isLocked(now)) {
			audit.record(user.getId(), username, AuditAction.SIGN_IN_FAILED, username, "locked");
			throw new LockedException("locked");
		}
		if (!PasswordPolicy.Check.hashable(password) || !encoder.matches(password, user.getPasswordHash())) {
			failed(user, now);
		}
		if (!user.isActive()) {
			audit.record(user.getId(), username, AuditAction.SIGN_IN_FAILED, username, "disabled");
			throw new DisabledException("disabled");
		}
		if (!tenant.isActive()) {
			audit.record(user.getId(), username, AuditAction.SIGN_IN_FAILED, username, "enterprise suspended");
			throw new TenantSuspended();
		}
		user.recordSignIn();
		audit.record(user.getId(), username, AuditAction.SIGN_IN, username, null);
		return principals.of(tenant, user);
	}

	/** A name nobody has here: the same hashing work, the same count and the same answers as a real one. */
	private AuthenticationException unknown(String tenantCode, String username, String password) {
		String realm = SignInFailures.enterprise(tenantCode);
		if (failures.isLocked(realm, username)) {
			// as for a real locked account, the password is not even looked at
			audit.record(null, username, AuditAction.SIGN_IN_FAILED, username, "unknown user, locked");
			return new LockedException("locked");
		}
		encoder.matches(PasswordPolicy.Check.hashable(password) ? password : "", absentUserHash);
		audit.record(null, username, AuditAction.SIGN_IN_FAILED, username, "unknown user");
		return failures.failed(realm, username) ? new LockedException("locked") : new BadCredentialsException("bad credentials");
	}

	private void failed(User user, Instant now) {
		boolean locked = user.recordFailedSignIn(now);
		audit.record(user.getId(), user.getUsername(), AuditAction.SIGN_IN_FAILED, user.getUsername(), "bad password");
		if (locked) {
			audit.record(user.getId(), user.getUsername(), AuditAction.ACCOUNT_LOCKED, user.getUsername(),
					"locked for " + User.LOCK_DURATION.toMinutes() + " minutes");
			throw new LockedException("locked");
		}
		throw new BadCredentialsException("bad credentials");
	}
}
