package org.hutong.identity.profile;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.identity.PasswordPolicy;

/** The inputs of 我的: contact details, password change and language. */
final class ProfileForms {

	private ProfileForms() {
	}

	record ContactForm(
			@Pattern(regexp = "^$|^1[3-9]\\d{9}$", message = "{profile.mobile.invalid}") String mobile,
			@Email(message = "{profile.email.invalid}") @Size(max = 100, message = "{profile.email.tooLong}") String email,
			long version) {
	}

	record PasswordForm(
			@NotBlank(message = "{profile.password.current.required}") String currentPassword,
			@NotBlank(message = "{profile.password.new.required}") @PasswordPolicy String newPassword,
			@NotBlank(message = "{profile.password.confirm.required}") String confirmPassword) {

		boolean confirmed() {
			return newPassword != null && newPassword.equals(confirmPassword);
		}
	}

	record LanguageForm(@NotNull(message = "{profile.language.invalid}")
	@Pattern(regexp = "zh-CN|en", message = "{profile.language.invalid}") String language) {
	}
}
