package org.hutong.identity;

import java.util.Set;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owners whose rows the current user may see under the data scope of their roles. Every
 * module's list and count queries apply it, as a JPA {@link Specification} or as a SQL predicate.
 *
 * @param self the current user, always visible
 * @param ownerIds the visible owners, or {@code null} when the user sees all rows
 */
public record VisibleOwners(long self, Set<Long> ownerIds) {

	public static VisibleOwners everyone(long self) {
		return new VisibleOwners(self, null);
	}

	public boolean all() {
		return ownerIds == null;
	}

	/** Whether the user sees anyone's rows besides their own: a list of theirs is a team list. */
	public boolean beyondSelf() {
		return all() || ownerIds.stream().anyMatch(owner -> owner != self);
	}

	public boolean includes(Long ownerId) {
		return all() || (ownerId != null && ownerIds.contains(ownerId));
	}

	/** Rows whose {@code ownerAttribute} is a visible owner. */
	public <T> Specification<T> ownedBy(String ownerAttribute) {
		return (root, query, cb) -> all() ? cb.conjunction() : root.get(ownerAttribute).in(ownerIds);
	}

	/**
	 * Rows owned by a visible owner, or shared with the current user as a team member: "self"
	 * covers records where the user is a 协作人, whatever the owner.
	 */
	public <T> Specification<T> ownedByOrShared(String ownerAttribute, Specification<T> sharedWithSelf) {
		return all() ? Specification.unrestricted() : this.<T>ownedBy(ownerAttribute).or(sharedWithSelf);
	}

	/** A predicate for hand-written SQL; bind it with {@link #bind}. */
	public String sql(String ownerColumn) {
		return all() ? "1 = 1" : ownerColumn + " IN (:visibleOwners)";
	}

	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return all() ? statement : statement.param("visibleOwners", ownerIds);
	}
}
