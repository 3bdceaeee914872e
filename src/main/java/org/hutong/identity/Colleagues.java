package org.hutong.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the current enterprise as other modules need them: a name for an owner id, the
 * active users to pick a 负责人 or 协作人 from. Never passwords, roles or contact details.
 */
@Service
@Transactional(readOnly = true)
public class Colleagues {

	private final UserRepository users;

	Colleagues(UserRepository users) {
		this.users = users;
	}

	/** A user to show or pick: id and display name. */
	public record Colleague(long id, String displayName) {
	}

	/** Display names by user id; ids of another enterprise or of nobody are absent. */
	public Map<Long, String> names(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return users.findByIdIn(ids).stream().collect(Collectors.toMap(User::getId, User::getDisplayName));
	}

	public Optional<String> name(long id) {
		return users.findById(id).map(User::getDisplayName);
	}

	/** Active users by display name, for pickers. */
	public List<Colleague> active() {
		return users.findAll().stream()
			.filter(User::isActive)
			.map(user -> new Colleague(user.getId(), user.getDisplayName()))
			.sorted(Comparator.comparing(Colleague::displayName))
			.toList();
	}

	public boolean isActive(long id) {
		return users.findById(id).filter(User::isActive).isPresent();
	}

	/** The id of the user with this username, e.g. for demo data. */
	public Optional<Long> idOf(String username) {
		return users.findByUsername(username).map(User::getId);
	}
}
