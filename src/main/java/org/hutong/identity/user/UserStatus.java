package org.hutong.identity.user;

public enum UserStatus {
	ACTIVE, DISABLED
}
