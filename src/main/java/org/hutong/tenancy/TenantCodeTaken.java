package org.hutong.tenancy;

/** Another enterprise already uses this code. */
public class TenantCodeTaken extends RuntimeException {

	public TenantCodeTaken(String code) {
		super("tenant code taken: " + code);
	}
}
