package org.hutong.identity.user;

import org.hutong.shared.Texts;

/**
 * The user list's query string: search text, department (with its sub-departments), status, and the
 * keyset cursor, the display name and id of the last row shown, for "加载更多".
 */
public record UserFilter(String q, Long department, UserStatus status, String afterName, Long afterId) {

	static final int MAX_QUERY = 50;

	public UserFilter {
		q = Texts.clean(q);
		q = q == null || q.length() <= MAX_QUERY ? q : q.substring(0, MAX_QUERY);
		afterName = afterId == null ? null : afterName;
	}

	static UserFilter none() {
		return new UserFilter(null, null, null, null, null);
	}

	/** Whether this asks for the first page; SpEL calls it, hence public. */
	public boolean first() {
		return afterId == null || afterName == null;
	}

	/** How many of the 筛选 sheet's filters narrow the list. */
	public int activeFilters() {
		return (department == null ? 0 : 1) + (status == null ? 0 : 1);
	}

	/** Whether anything narrows the list. */
	public boolean narrowed() {
		return q != null || activeFilters() > 0;
	}

	/** The same filter, continuing after {@code last}. */
	UserFilter after(UserRow last) {
		return new UserFilter(q, department, status, last.displayName(), last.id());
	}
}
