package org.hutong.identity.user;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.department.DepartmentTree;
import org.hutong.identity.role.Role;
import org.hutong.web.RecordNotFound;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user list: filtered, limited to the users the viewer's data scope shows, ordered by name and
 * paged by keyset (display name, id), so "加载更多" stays fast however far one scrolls.
 */
@Service
@Transactional(readOnly = true)
class UserSearch {

	static final int PAGE_SIZE = 20;

	private static final Sort ORDER = Sort.by("displayName", "id");

	private final UserRepository users;

	private final DataScopes scopes;

	private final UserChoices choices;

	private final Clock clock;

	UserSearch(UserRepository users, DataScopes scopes, UserChoices choices, Clock clock) {
		this.users = users;
		this.scopes = scopes;
		this.choices = choices;
		this.clock = clock;
	}

	public UserPage page(SignedInUser viewer, UserFilter filter) {
		DepartmentTree tree = choices.departments();
		Specification<User> visible = scopes.of(viewer).ownedBy("id");
		List<User> found = users.findBy(visible.and(matching(filter, tree)),
				query -> query.sortBy(ORDER).limit(PAGE_SIZE + 1).all());
		List<UserRow> rows = rows(found.subList(0, Math.min(found.size(), PAGE_SIZE)), tree);
		UserFilter next = found.size() > PAGE_SIZE ? filter.after(rows.get(rows.size() - 1)) : null;
		return new UserPage(rows, next);
	}

	public UserRow row(long id) {
		User user = users.findById(id).orElseThrow(RecordNotFound::new);
		return rows(List.of(user), choices.departments()).get(0);
	}

	private List<UserRow> rows(List<User> page, DepartmentTree tree) {
		Map<Long, String> roleNames = choices.roles().stream().collect(Collectors.toMap(Role::getId, Role::getName));
		Instant now = clock.instant();
		return page.stream()
			.map(user -> new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getMobile(),
					user.getEmail(), tree.nameOf(user.getDepartmentId()), user.getPosition(),
					user.roleIds().stream().map(roleNames::get).filter(Objects::nonNull).toList(), user.isActive(),
					user.isLocked(now) ? user.getLockedUntil() : null))
			.toList();
	}

	private static Specification<User> matching(UserFilter filter, DepartmentTree tree) {
		Specification<User> spec = Specification.unrestricted();
		if (filter.q() != null) {
			spec = spec.and(containing(filter.q()));
		}
		if (filter.department() != null) {
			spec = spec.and(inDepartments(tree.subtreeIds(filter.department())));
		}
		if (filter.status() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		return filter.first() ? spec : spec.and(after(filter.afterName(), filter.afterId()));
	}

	/** Name, username or mobile contains the text; {@code %} and {@code _} are taken literally. */
	private static Specification<User> containing(String text) {
		String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.<String>get("displayName")), pattern, '\\'),
				cb.like(cb.lower(root.<String>get("username")), pattern, '\\'), cb.like(root.<String>get("mobile"), pattern, '\\'));
	}

	private static Specification<User> inDepartments(Set<Long> departmentIds) {
		return (root, query, cb) -> departmentIds.isEmpty() ? cb.disjunction()
				: root.get("departmentId").in(departmentIds);
	}

	/** The keyset condition: rows that sort after (name, id) in {@link #ORDER}. */
	private static Specification<User> after(String name, long id) {
		return (root, query, cb) -> cb.or(cb.greaterThan(root.<String>get("displayName"), name),
				cb.and(cb.equal(root.<String>get("displayName"), name), cb.greaterThan(root.<Long>get("id"), id)));
	}
}
