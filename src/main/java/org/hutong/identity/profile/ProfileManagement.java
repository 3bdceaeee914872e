package org.hutong.identity.profile;

import java.time.Clock;
import java.util.Optional;

import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.PasswordPolicy;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.signin.SignedInSessions;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.shared.Texts;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a user changes of themself: contact details, password, language. */
@Service
@Transactional
class ProfileManagement {

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	private final SignedInSessions sessions;

	ProfileManagement(UserRepository users, PasswordEncoder encoder, AuditLog audit, Clock clock,
			SignedInSessions sessions) {
		this.sessions = sessions;
		this.users = users;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	User load(SignedInUser me) {
		return users.findById(me.userId()).orElseThrow(RecordNotFound::new);
	}

	void updateContact(SignedInUser me, ProfileForms.ContactForm form) {
		User user = load(me);
		if (user.getVersion() != form.version()) {
			throw new ObjectOptimisticLockingFailureException(User.class, user.getId());
		}
		String detail = "mobile: " + user.getMobile() + " → " + Texts.clean(form.mobile()) + "; email: "
				+ user.getEmail() + " → " + Texts.clean(form.email());
		user.updateContact(Texts.clean(form.mobile()), Texts.clean(form.email()), clock.instant());
		audit.record(AuditAction.USER_UPDATED, user.getUsername(), detail);
	}

	/**
	 * Answers false when the current password is wrong; nothing changes then. A new password ends
	 * every other session and forgets every remembered device: whoever knew the old one is out.
	 */
	boolean changePassword(SignedInUser me, String currentPassword, String newPassword, String currentSessionId) {
		User user = load(me);
		if (!PasswordPolicy.Check.hashable(currentPassword) || !encoder.matches(currentPassword, user.getPasswordHash())) {
			return false;
		}
		user.changePassword(encoder.encode(newPassword), clock.instant());
		audit.record(AuditAction.PASSWORD_CHANGED, user.getUsername(), null);
		sessions.endAll(me.tenantId(), me.userId(), me.getUsername(), Optional.ofNullable(currentSessionId));
		return true;
	}

	void chooseLanguage(SignedInUser me, String language) {
		load(me).chooseLanguage(language, clock.instant());
	}
}
