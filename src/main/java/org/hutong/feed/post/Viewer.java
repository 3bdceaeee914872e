package org.hutong.feed.post;

import java.util.Set;

import org.hutong.identity.SignedInUser;

/**
 * Someone reading the feed: who they are, the departments they sit in (theirs and every one above
 * it, since a post for a department is for the departments below it too) and whether they
 * administer the feed.
 */
public record Viewer(SignedInUser user, Set<Long> departments) {

	/** Tenant administrators remove any post or comment. */
	public static final String ADMIN = "feed.admin";

	public long userId() {
		return user.userId();
	}

	public boolean isAdmin() {
		return user.can(ADMIN);
	}

	/** For {@code IN (:departments)}: never empty, since an empty list is not valid SQL. */
	public Set<Long> departmentsForSql() {
		return departments.isEmpty() ? Set.of(-1L) : departments;
	}
}
