package org.hutong.platform.enterprises;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new enterprise and its first administrator. The code is taken trimmed and in lower case. */
record EnterpriseForm(
		@NotBlank(message = "{platform.form.code.required}")
		@Pattern(regexp = "[a-z0-9-]{2,32}", message = "{platform.form.code.invalid}") String code,
		@NotBlank(message = "{platform.form.name.required}")
		@Size(max = 100, message = "{platform.form.name.size}") String name,
		@NotBlank(message = "{platform.form.adminUsername.required}")
		@Pattern(regexp = "[A-Za-z0-9._-]{2,32}", message = "{platform.form.adminUsername.invalid}") String adminUsername,
		@NotBlank(message = "{platform.form.adminDisplayName.required}")
		@Size(max = 50, message = "{platform.form.adminDisplayName.size}") String adminDisplayName,
		@NotBlank(message = "{platform.form.adminPassword.required}")
		@Size(min = 8, max = 72, message = "{platform.form.adminPassword.size}") String adminPassword) {

	/** Longest password the password hash (bcrypt) takes, in UTF-8 bytes. */
	static final int MAX_PASSWORD_BYTES = 72;

	EnterpriseForm {
		code = code == null ? null : code.strip().toLowerCase(Locale.ROOT);
		name = name == null ? null : name.strip();
		adminUsername = adminUsername == null ? null : adminUsername.strip();
		adminDisplayName = adminDisplayName == null ? null : adminDisplayName.strip();
	}

	/** Whether the password fits the hash: 72 characters may still be too many bytes in Chinese. */
	boolean passwordFits() {
		return adminPassword == null || adminPassword.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
	}

	static EnterpriseForm empty() {
		return new EnterpriseForm("", "", "admin", "", "");
	}
}
