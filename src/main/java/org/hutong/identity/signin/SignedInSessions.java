package org.hutong.identity.signin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hutong.identity.SignedInUser;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The browser sessions a user is signed in with, on any node (they live in the database, found by
 * the enterprise-qualified principal name), and their remembered devices. Ending a session also
 * forgets the remember-me token it came with, so the device does not simply sign in again.
 */
@Component
public class SignedInSessions {

	/** The name of the remember-me cookie. */
	public static final String REMEMBER_ME_COOKIE = RememberMe.COOKIE;

	/** Session attributes written at sign-in: what the device is, where it came from, its remember-me series. */
	static final String DEVICE = "hutong.device";

	static final String ADDRESS = "hutong.address";

	static final String SERIES = "hutong.remember-me-series";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final RememberMeTokens tokens;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, RememberMeTokens tokens) {
		this.sessions = sessions;
		this.tokens = tokens;
	}

	/** One signed-in session, as 我的 lists it. */
	public record SignedInSession(String id, String device, String address, Instant signedInAt, Instant lastActive,
			boolean current) {
	}

	/** The user's sessions, this one first, then the most recently active. */
	public List<SignedInSession> of(SignedInUser user, String currentId) {
		return sessionsOf(user).values()
			.stream()
			.map(session -> new SignedInSession(session.getId(), session.getAttribute(DEVICE),
					session.getAttribute(ADDRESS), session.getCreationTime(), session.getLastAccessedTime(),
					session.getId().equals(currentId)))
			.sorted(Comparator.comparing(SignedInSession::current).reversed()
				.thenComparing(SignedInSession::lastActive, Comparator.reverseOrder()))
			.toList();
	}

	/** Ends one of the user's own sessions; answers false when it is not theirs (or already gone). */
	public boolean end(SignedInUser user, String sessionId) {
		Session session = sessionsOf(user).get(sessionId);
		if (session == null) {
			return false;
		}
		forgetDevice(session);
		sessions.deleteById(sessionId);
		return true;
	}

	/**
	 * "Sign out everywhere else": every other session ends and every other remembered device is
	 * forgotten; this browser keeps its session and its remember-me cookie ({@code keptSeries}).
	 */
	public int endOthers(SignedInUser user, String currentId, Optional<String> keptSeries) {
		int ended = 0;
		for (Session session : sessionsOf(user).values()) {
			if (!session.getId().equals(currentId)) {
				sessions.deleteById(session.getId());
				ended++;
			}
		}
		tokens.removeAllOfExcept(user.tenantId(), user.userId(), keptSeries.orElse(""));
		return ended;
	}

	/** Signs the user out everywhere: after a disabling, or (keeping the current session) a password change. */
	public void endAll(long tenantId, long userId, String qualifiedName, Optional<String> keptSessionId) {
		for (String id : sessions.findByPrincipalName(qualifiedName).keySet()) {
			if (keptSessionId.map(kept -> !kept.equals(id)).orElse(true)) {
				sessions.deleteById(id);
			}
		}
		tokens.removeAllOf(tenantId, userId);
	}

	/** The series of a remember-me cookie's value, if it is one of ours. */
	public static Optional<String> seriesOf(String cookieValue) {
		if (cookieValue == null || cookieValue.isEmpty()) {
			return Optional.empty();
		}
		try {
			String padded = cookieValue + "=".repeat((4 - cookieValue.length() % 4) % 4);
			String[] parts = new String(Base64.getDecoder().decode(padded), StandardCharsets.UTF_8).split(":");
			return parts.length == 2 ? Optional.of(URLDecoder.decode(parts[0], StandardCharsets.UTF_8)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private Map<String, ? extends Session> sessionsOf(SignedInUser user) {
		return sessions.findByPrincipalName(user.getUsername());
	}

	private void forgetDevice(Session session) {
		String series = session.getAttribute(SERIES);
		if (series != null) {
			tokens.removeSeries(series);
		}
	}
}
