package org.hutong.identity.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, Long>, JpaSpecificationExecutor<User> {

	/** With the user's role links in the same query: what signing in needs. */
	@EntityGraph(attributePaths = "roles")
	Optional<User> findByUsername(String username);

	@EntityGraph(attributePaths = "roles")
	Optional<User> findWithRolesById(Long id);

	boolean existsByUsername(String username);

	@Query("select u.id from User u where u.departmentId in :departmentIds")
	List<Long> findIdsByDepartmentIdIn(Collection<Long> departmentIds);

	List<User> findByIdIn(Collection<Long> ids);

	/** Active people as {@code [id, username, displayName, departmentId]} rows, without loading entities. */
	@Query("select u.id, u.username, u.displayName, u.departmentId from User u "
			+ "where u.status = org.hutong.identity.user.UserStatus.ACTIVE")
	List<Object[]> findActiveMembers();

	/** Those of the people who are active, as {@link #findActiveMembers()} rows. */
	@Query("select u.id, u.username, u.displayName, u.departmentId from User u "
			+ "where u.status = org.hutong.identity.user.UserStatus.ACTIVE and u.id in :ids")
	List<Object[]> findActiveMembersByIdIn(Collection<Long> ids);

	List<User> findByOrderByDisplayNameAscIdAsc(Limit limit);

	/**
	 * Active people whose name contains {@code contains}, or whose username, name pinyin or initials
	 * start with {@code prefix} (LIKE patterns, escaped with {@code !}), in name order: the database
	 * walks the (tenant_id, display_name, id) index and stops after {@code limit} matches.
	 */
	@Query("select u.id, u.username, u.displayName, u.departmentId from User u "
			+ "where u.status = org.hutong.identity.user.UserStatus.ACTIVE and (lower(u.displayName) like :contains escape '!' "
			+ "or lower(u.username) like :prefix escape '!' or u.namePinyin like :prefix escape '!' "
			+ "or u.nameInitials like :prefix escape '!') order by u.displayName, u.id")
	List<Object[]> findActiveMembersMatching(String contains, String prefix, Limit limit);

	/** People whose name was written before names were spelled for search. */
	List<User> findByNamePinyinIsNullAndDisplayNameIsNotNull();

	long countByDepartmentId(Long departmentId);

	/** Members per department, as {@code [departmentId, count]} rows, for the organisation tree. */
	@Query("select u.departmentId, count(u) from User u where u.departmentId is not null group by u.departmentId")
	List<Object[]> countPerDepartment();

	/** How many users hold the role: a role still held cannot be deleted. */
	@Query("select count(a) from RoleAssignment a where a.roleId = :roleId")
	long countHoldersOfRole(Long roleId);

	/** The active holders of a role, for an approval node that names the role. */
	@Query("select a.user.id from RoleAssignment a where a.roleId = :roleId "
			+ "and a.user.status = org.hutong.identity.user.UserStatus.ACTIVE order by a.user.id")
	List<Long> findActiveHoldersOfRole(Long roleId);
}
