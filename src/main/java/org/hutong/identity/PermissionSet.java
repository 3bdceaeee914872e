package org.hutong.identity;

import java.util.List;

/**
 * The permissions one module offers to roles, e.g. {@code customers.read}. Each module declares a
 * bean of this type; labels come from the message key {@code permission.<code>}.
 */
public record PermissionSet(String module, List<String> codes) {
}
