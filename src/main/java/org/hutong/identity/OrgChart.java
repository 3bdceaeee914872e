package org.hutong.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.identity.department.Department;
import org.hutong.identity.department.DepartmentRepository;
import org.hutong.identity.department.DepartmentTree;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation of the current enterprise as other modules need it: departments to pick from,
 * the chain of departments a person sits in (to match audiences "this department and below"), and
 * the active people with their usernames (for @mentions). Never passwords, roles or contact details.
 */
@Service
@Transactional(readOnly = true)
public class OrgChart {

	private final DepartmentRepository departments;

	private final UserRepository users;

	OrgChart(DepartmentRepository departments, UserRepository users) {
		this.departments = departments;
		this.users = users;
	}

	/** A department to pick, its name indented by depth for a flat list. */
	public record Unit(long id, String name, String indentedName) {
	}

	/** An active person of the enterprise. */
	public record Member(long id, String username, String displayName, Long departmentId) {
	}

	/** All departments in tree order. */
	public List<Unit> units() {
		return new DepartmentTree(departments.findAll()).nodes()
			.stream()
			.map(node -> new Unit(node.department().getId(), node.department().getName(), node.indentedName()))
			.toList();
	}

	/**
	 * Everyone (active or not) in the department or any department below it: a list filtered by
	 * 部门 shows what they own. Empty for a department of another enterprise or none.
	 */
	public Set<Long> peopleIn(long departmentId) {
		Set<Long> tree = new DepartmentTree(departments.findAll()).subtreeIds(departmentId);
		return tree.isEmpty() ? Set.of() : Set.copyOf(users.findIdsByDepartmentIdIn(tree));
	}

	/** The department and every department above it; empty for nobody's department. */
	public Set<Long> selfAndAbove(Long departmentId) {
		Map<Long, Department> byId = departments.findAll()
			.stream()
			.collect(Collectors.toMap(Department::getId, Function.identity()));
		Set<Long> chain = new LinkedHashSet<>();
		Long current = departmentId;
		while (current != null && byId.containsKey(current) && chain.add(current)) {
			current = byId.get(current).getParentId();
		}
		return chain;
	}

	/** Active people by display name. */
	public List<Member> members() {
		List<Member> members = new ArrayList<>(users.findActiveMembers().stream().map(OrgChart::member).toList());
		members.sort(Comparator.comparing(Member::displayName).thenComparing(Member::id));
		return members;
	}

	/**
	 * Up to {@code limit} active people a typed text finds, in name order: the name contains it, or the
	 * username, the name's pinyin or its initials start with it (王芳 for {@code 芳}, {@code wang},
	 * {@code wf}, {@code sales}); the first by name when nothing is typed. One indexed query that stops
	 * after {@code limit} matches, never the whole enterprise in memory.
	 */
	public List<Member> matching(String typed, int limit) {
		String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		String escaped = q.replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return users.findActiveMembersMatching("%" + escaped + "%", escaped + "%", Limit.of(limit))
			.stream()
			.map(OrgChart::member)
			.toList();
	}

	/** The active people whose rows {@code visible} shows, by name: a team list's 负责人 filter. */
	public List<Member> membersVisibleTo(VisibleOwners visible) {
		return members().stream().filter(member -> visible.includes(member.id())).toList();
	}

	/** What a team list's 筛选 sheet offers: the 负责人 to pick and the department tree; none for one person. */
	public record TeamChoices(List<Member> owners, List<Unit> departments) {

		public static final TeamChoices NONE = new TeamChoices(List.of(), List.of());

		public boolean offered() {
			return !owners.isEmpty();
		}
	}

	/** The team filters of a list of rows {@code visible} shows; none when the viewer sees only their own. */
	public TeamChoices teamChoices(VisibleOwners visible) {
		return visible.beyondSelf() ? new TeamChoices(membersVisibleTo(visible), units()) : TeamChoices.NONE;
	}

	/** Those of the people who are active, by id: for a page that names a few of them. */
	public Map<Long, Member> members(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return users.findActiveMembersByIdIn(Set.copyOf(ids))
			.stream()
			.map(OrgChart::member)
			.collect(Collectors.toMap(Member::id, Function.identity()));
	}

	private static Member member(Object[] row) {
		return new Member((Long) row[0], (String) row[1], (String) row[2], (Long) row[3]);
	}

	/**
	 * The leaders of the person's department and of every department above it, nearest first,
	 * never the person themself: whom a 日报 goes up to.
	 */
	public List<Long> leadersAbove(long userId) {
		Long department = users.findById(userId).map(User::getDepartmentId).orElse(null);
		Map<Long, Department> byId = departments.findAll()
			.stream()
			.collect(Collectors.toMap(Department::getId, Function.identity()));
		Set<Long> leaders = new LinkedHashSet<>();
		Set<Long> seen = new LinkedHashSet<>();
		while (department != null && byId.containsKey(department) && seen.add(department)) {
			Long leader = byId.get(department).getLeaderId();
			if (leader != null && leader != userId) {
				leaders.add(leader);
			}
			department = byId.get(department).getParentId();
		}
		return List.copyOf(leaders);
	}

	/**
	 * The active people a leader's reports go up from: everyone in a department the leader leads or
	 * below it, except the leader.
	 */
	public List<Member> reportingTo(long leaderId) {
		List<Department> all = departments.findAll();
		DepartmentTree tree = new DepartmentTree(all);
		Set<Long> led = new LinkedHashSet<>();
		all.stream()
			.filter(d -> d.getLeaderId() != null && d.getLeaderId() == leaderId)
			.forEach(d -> led.addAll(tree.subtreeIds(d.getId())));
		return members().stream()
			.filter(m -> m.id() != leaderId && m.departmentId() != null && led.contains(m.departmentId()))
			.toList();
	}

	/** The active people holding the role, by id; empty for a role of another enterprise. */
	public List<Long> activeWithRole(long roleId) {
		return users.findActiveHoldersOfRole(roleId);
	}

	/** The leader of the department, if it has one (and it is of this enterprise). */
	public Optional<Long> leaderOf(long departmentId) {
		return departments.findById(departmentId).map(Department::getLeaderId);
	}

	/** The person's main department, if they are of this enterprise and have one. */
	public Optional<Long> departmentOf(long userId) {
		return users.findById(userId).map(User::getDepartmentId);
	}
}
