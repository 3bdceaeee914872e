package org.hutong.platform.signin;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the operator's name and password, with the lockout. Built by {@link PlatformSecurityConfig}
 * for the operator chain alone: it is no bean, so the employee sign-in keeps the global
 * authentication setup to itself.
 */
class OperatorAuthentication implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(OperatorAuthentication.class);

	private final OperatorAccount account;

	private final OperatorLockout lockout;

	OperatorAuthentication(OperatorAccount account, OperatorLockout lockout) {
		this.account = account;
		this.lockout = lockout;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getName()).strip();
		String password = String.valueOf(authentication.getCredentials());
		String address = addressOf(authentication);
		// any typed name counts and locks, so the answers do not tell which name is the operator's
		if (lockout.isLocked(username)) {
			log.warn("Platform operator sign-in refused for '{}' from {}: locked", username, address);
			throw new LockedException("locked");
		}
		if (!account.matches(username, password)) {
			failed(username, printable(username), address);
		}
		lockout.succeeded(username);
		log.info("Platform operator '{}' signed in from {}", username, address);
		return UsernamePasswordAuthenticationToken.authenticated(new Operator(username), null,
				List.of(new SimpleGrantedAuthority(Operator.AUTHORITY)));
	}

	private void failed(String username, String shown, String address) {
		log.warn("Platform operator sign-in failed for '{}' from {}", shown, address);
		if (lockout.failed(username)) {
			log.warn("Platform operator '{}' locked for {} minutes after {} failed sign-ins", username,
					OperatorLockout.LOCK_DURATION.toMinutes(), OperatorLockout.MAX_FAILURES);
			throw new LockedException("locked");
		}
		throw new BadCredentialsException("bad credentials");
	}

	/** What a visitor typed, safe for one log line. */
	private static String printable(String typed) {
		String clean = typed.replaceAll("\\p{Cntrl}", "?");
		return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
	}

	private static String addressOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
