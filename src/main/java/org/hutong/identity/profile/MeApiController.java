package org.hutong.identity.profile;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.identity.DataScope;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.shared.Texts;
import org.hutong.web.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is, in which enterprise, with which roles and permissions. */
@RestController
class MeApiController {

	private final UserRepository users;

	private final Clock clock;

	MeApiController(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	record Me(long id, String username, String displayName, String mobile, String email, Long departmentId,
			String language, Enterprise enterprise, List<RoleSummary> roles, Set<String> permissions,
			DataScope dataScope) {
	}

	record Enterprise(long id, String code, String name) {
	}

	record RoleSummary(long id, String name) {
	}

	/** The contact details a caller may change of themself, as JSON. */
	record ContactChange(
			@Pattern(regexp = "^$|^1[3-9]\\d{9}$", message = "{profile.mobile.invalid}") String mobile,
			@Email(message = "{profile.email.invalid}") @Size(max = 100, message = "{profile.email.tooLong}") String email) {
	}

	@GetMapping("/api/v1/me")
	@Transactional(readOnly = true)
	ResponseEntity<Me> me(@AuthenticationPrincipal SignedInUser me) {
		User user = users.findById(me.userId()).orElseThrow(RecordNotFound::new);
		return ResponseEntity.ok().eTag(String.valueOf(user.getVersion())).body(view(me, user));
	}

	/**
	 * {@code PATCH /api/v1/me}: changes the caller's mobile and email. With {@code If-Match} (the
	 * ETag of {@code GET}), a change made meanwhile by someone else answers 409 instead of being lost.
	 */
	@PatchMapping("/api/v1/me")
	@Transactional
	ResponseEntity<Me> change(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody ContactChange change,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		User user = users.findById(me.userId()).orElseThrow(RecordNotFound::new);
		if (ifMatch != null && !ifMatch.replace("\"", "").equals(String.valueOf(user.getVersion()))) {
			throw new ObjectOptimisticLockingFailureException(User.class, user.getId());
		}
		user.updateContact(Texts.clean(change.mobile()), Texts.clean(change.email()), clock.instant());
		users.flush();
		return ResponseEntity.ok().eTag(String.valueOf(user.getVersion())).body(view(me, user));
	}

	/** Roles and permissions come from the principal, built once per request by the sign-in. */
	private static Me view(SignedInUser me, User user) {
		List<RoleSummary> held = me.roles().stream().map(role -> new RoleSummary(role.id(), role.name())).toList();
		return new Me(user.getId(), user.getUsername(), user.getDisplayName(), user.getMobile(), user.getEmail(),
				user.getDepartmentId(), user.getLanguage(), new Enterprise(me.tenantId(), me.tenantCode(), me.tenantName()),
				held, new TreeSet<>(me.permissions()), me.dataScope());
	}
}
