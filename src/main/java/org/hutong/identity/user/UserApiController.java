package org.hutong.identity.user;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.hutong.web.RecordNotFound;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only open API of the enterprise's users, in id order with a keyset cursor. */
@RestController
@Transactional(readOnly = true)
class UserApiController {

	private final UserRepository users;

	UserApiController(UserRepository users) {
		this.users = users;
	}

	record UserJson(long id, String username, String displayName, String mobile, String email, Long departmentId,
			String position, UserStatus status, String language, Set<Long> roleIds) {

		static UserJson of(User user) {
			return new UserJson(user.getId(), user.getUsername(), user.getDisplayName(), user.getMobile(),
					user.getEmail(), user.getDepartmentId(), user.getPosition(), user.getStatus(), user.getLanguage(),
					user.roleIds());
		}
	}

	/** One page of a list: {@code next} is the cursor for {@code after}, absent on the last page. */
	record Page<T>(List<T> items, Long next) {
	}

	@GetMapping("/api/v1/users")
	Page<UserJson> list(@RequestParam(required = false) Long after,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		Specification<User> afterCursor = (root, query, cb) -> after == null ? cb.conjunction()
				: cb.greaterThan(root.get("id"), after);
		List<User> rows = users.findBy(afterCursor, q -> q.sortBy(Sort.by("id")).limit(limit + 1).all());
		boolean more = rows.size() > limit;
		List<UserJson> items = rows.stream().limit(limit).map(UserJson::of).toList();
		return new Page<>(items, more ? items.get(items.size() - 1).id() : null);
	}

	@GetMapping("/api/v1/users/{id}")
	UserJson show(@PathVariable long id) {
		return users.findById(id).map(UserJson::of).orElseThrow(RecordNotFound::new);
	}
}
