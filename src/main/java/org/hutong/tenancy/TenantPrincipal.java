package org.hutong.tenancy;

/** A signed-in principal that belongs to one enterprise. */
public interface TenantPrincipal {

	long tenantId();
}
