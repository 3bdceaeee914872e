package org.hutong.identity;

import java.util.List;

/**
 * The permissions one module offers to roles, e.g. {@code customers.read}. Each module declares a
 * bean of this type; labels come from the message key {@code permission.<code>}. {@code everyone}:
 * those a new role starts with ticked, because every employee needs them (reading and posting in the
 * company feed); the administrator may untick them.
 */
public record PermissionSet(String module, List<String> codes, List<String> everyone) {

	public PermissionSet {
		codes = List.copyOf(codes);
		everyone = List.copyOf(everyone);
		if (!codes.containsAll(everyone)) {
			throw new IllegalArgumentException("everyone's permissions must be among the module's codes");
		}
	}

	public PermissionSet(String module, List<String> codes) {
		this(module, codes, List.of());
	}
}
