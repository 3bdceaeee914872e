package org.hutong.tenancy;

public enum TenantStatus {
	ACTIVE, SUSPENDED
}
