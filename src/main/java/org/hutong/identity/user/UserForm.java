package org.hutong.identity.user;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import org.hutong.identity.PasswordPolicy;
import org.hutong.shared.Texts;

/**
 * What the user form submits. Username and initial password are given once, at creation (the
 * {@link Creating} group); department and role ids are checked against the enterprise by
 * {@link UserManagement}. Blank optional fields become {@code null}.
 */
record UserForm(
		@NotBlank(groups = Creating.class, message = "{admin.required}")
		@Pattern(regexp = "[A-Za-z0-9._-]{2,32}", groups = Creating.class, message = "{user.username.invalid}")
		String username,
		@NotBlank(message = "{admin.required}") @Size(max = 50, message = "{admin.tooLong}") String displayName,
		@Pattern(regexp = "1[3-9]\\d{9}", message = "{user.mobile.invalid}") String mobile,
		@Email(message = "{user.email.invalid}") @Size(max = 100, message = "{admin.tooLong}") String email,
		Long departmentId,
		@Size(max = 50, message = "{admin.tooLong}") String position,
		@Pattern(regexp = "zh-CN|en", message = "{admin.choice.unknown}") String language,
		List<Long> roleIds,
		@NotBlank(groups = Creating.class, message = "{admin.required}") @PasswordPolicy(groups = Creating.class)
		String password,
		Long version) {

	/** Validates what only a new user gives, besides everything else. */
	interface Creating extends Default {
	}

	UserForm {
		username = Texts.clean(username);
		displayName = Texts.clean(displayName);
		mobile = Texts.clean(mobile);
		email = Texts.clean(email);
		position = Texts.clean(position);
		language = Texts.clean(language);
		roleIds = roleIds == null ? List.of() : roleIds.stream().filter(Objects::nonNull).distinct().toList();
	}

	static UserForm blank() {
		return new UserForm(null, null, null, null, null, null, null, List.of(), null, null);
	}

	static UserForm of(User user) {
		return new UserForm(user.getUsername(), user.getDisplayName(), user.getMobile(), user.getEmail(),
				user.getDepartmentId(), user.getPosition(), user.getLanguage(), List.copyOf(user.roleIds()), null,
				user.getVersion());
	}
}
