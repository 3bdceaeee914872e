package org.hutong.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the operator console.
 *
 * @param operatorUsername the platform operator's sign-in name ({@code HUTONG_OPERATOR_USERNAME})
 * @param operatorPassword the operator's password ({@code HUTONG_OPERATOR_PASSWORD}). When blank, demo
 * mode uses a known demo password and announces it; outside demo mode the operator cannot sign in.
 */
@ConfigurationProperties("hutong.platform")
public record PlatformSettings(@DefaultValue("operator") String operatorUsername, String operatorPassword) {

	public PlatformSettings {
		operatorUsername = operatorUsername == null || operatorUsername.isBlank() ? "operator" : operatorUsername.strip();
	}

	public boolean hasPassword() {
		return operatorPassword != null && !operatorPassword.isBlank();
	}
}
