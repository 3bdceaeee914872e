package org.hutong.identity;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.hutong.identity.audit.AuditEntry;
import org.hutong.identity.audit.AuditEntryRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the 审计日志 for the tenant of the current unit of work. The actor and address come from
 * the signed-in user and the current request unless given.
 */
@Service
public class AuditLog {

	private static final int MAX_DETAIL = 2000;

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Records an action of the signed-in user. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, String target, String detail) {
		SignedInUser actor = currentUser();
		record(actor == null ? null : actor.userId(), actor == null ? null : actor.loginName(), action, target, detail);
	}

	/** Records an action whose actor is known by name only, such as a sign-in attempt. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Long actorId, String actorName, AuditAction action, String target, String detail) {
		entries.save(new AuditEntry(clock.instant(), actorId, actorName, clientAddress(), action.name(), target,
				truncate(detail)));
	}

	private static String truncate(String detail) {
		return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
	}

	private static SignedInUser currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user : null;
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
