package org.hutong.identity.role;

import org.hutong.identity.DataScope;

/** One role in the list: what it grants and how many users hold it. */
public record RoleRow(long id, String name, String description, DataScope dataScope, boolean administrator,
		int permissions, long holders) {
}
