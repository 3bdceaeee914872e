package org.hutong.identity.user;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One user as lists and the account panel show them.
 *
 * @param lockedUntil when a lockout after wrong passwords ends, or {@code null} when not locked now
 */
public record UserRow(long id, String username, String displayName, String mobile, String email, String departmentName,
		String position, List<String> roleNames, boolean active, Instant lockedUntil) {

	public boolean locked() {
		return lockedUntil != null;
	}

	/** Username, department, position and mobile, those that are set: the second line of a card. */
	public List<String> summary() {
		return Stream.of(username, departmentName, position, mobile).filter(Objects::nonNull).toList();
	}
}
