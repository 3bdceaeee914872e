package org.hutong.web;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the web shell.
 *
 * @param rememberMeKey signs remember-me cookies; set it ({@code HUTONG_REMEMBER_ME_KEY}) so cookies
 * survive a restart and work across nodes. Without it, a random key is made at start.
 * @param demo whether demo mode is on: demo enterprises are seeded and sign-ins shown on the login page
 */
@ConfigurationProperties("hutong")
public record WebSettings(String rememberMeKey, boolean demo) {

	public WebSettings {
		if (rememberMeKey == null || rememberMeKey.isBlank()) {
			byte[] bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			rememberMeKey = HexFormat.of().formatHex(bytes);
		}
	}
}
