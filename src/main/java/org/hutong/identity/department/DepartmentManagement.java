package org.hutong.identity.department;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.Changes;
import org.hutong.identity.Permissions;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.web.RecordNotFound;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The organisation tree: create, move, rename and delete 部门. A department never moves under
 * itself or its own descendant, names are unique among siblings, and only an empty department goes.
 */
@Service
@Transactional
class DepartmentManagement {

	static final String MAY_WRITE = "hasAuthority('" + Permissions.DEPARTMENTS_WRITE + "')";

	private final DepartmentRepository departments;

	private final UserRepository users;

	private final AuditLog audit;

	DepartmentManagement(DepartmentRepository departments, UserRepository users, AuditLog audit) {
		this.departments = departments;
		this.users = users;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<DepartmentRow> rows() {
		List<DepartmentTree.Node> nodes = tree().nodes();
		Map<Long, Long> members = new HashMap<>();
		users.countPerDepartment().forEach(row -> members.put((Long) row[0], ((Number) row[1]).longValue()));
		List<Long> leaderIds = nodes.stream().map(n -> n.department().getLeaderId()).filter(Objects::nonNull).toList();
		Map<Long, String> leaders = users.findByIdIn(leaderIds).stream()
			.collect(Collectors.toMap(User::getId, User::getDisplayName));
		return nodes.stream()
			.map(node -> DepartmentRow.of(node, leaders.get(node.department().getLeaderId()),
					members.getOrDefault(node.department().getId(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	public DepartmentTree tree() {
		return new DepartmentTree(departments.findAll());
	}

	/** Who may lead a department: everyone in the enterprise, by name. */
	@Transactional(readOnly = true)
	public List<User> leaders() {
		return users.findByOrderByDisplayNameAscIdAsc(Limit.unlimited());
	}

	@Transactional(readOnly = true)
	public DepartmentForm formFor(long id) {
		return DepartmentForm.of(load(id));
	}

	/** Answers the new department's id, or {@code null} when {@code errors} says why not. */
	@PreAuthorize(MAY_WRITE)
	public Long create(DepartmentForm form, Errors errors) {
		DepartmentTree tree = tree();
		check(tree, null, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Department department = departments
			.save(new Department(form.name(), form.parentId(), form.leaderId(), form.sortOrder()));
		audit.record(AuditAction.DEPARTMENT_CREATED, department.getName(),
				new Changes().value("parent", tree.nameOf(form.parentId()))
					.value("leader", leaderName(form.leaderId()))
					.value("sortOrder", form.sortOrder())
					.text());
		return department.getId();
	}

	@PreAuthorize(MAY_WRITE)
	public void update(long id, DepartmentForm form, Errors errors) {
		Department department = load(id);
		if (!Objects.equals(form.version(), department.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Department.class, id);
		}
		DepartmentTree tree = tree();
		check(tree, id, form, errors);
		if (errors.hasErrors()) {
			return;
		}
		Changes changes = new Changes().field("name", department.getName(), form.name())
			.field("parent", tree.nameOf(department.getParentId()), tree.nameOf(form.parentId()))
			.field("leader", leaderName(department.getLeaderId()), leaderName(form.leaderId()))
			.field("sortOrder", department.getSortOrder(), form.sortOrder());
		department.update(form.name(), form.parentId(), form.leaderId(), form.sortOrder());
		if (!changes.isEmpty()) {
			audit.record(AuditAction.DEPARTMENT_UPDATED, form.name(), changes.text());
		}
	}

	/** Deletes an empty department; one with sub-departments or members is refused. */
	@PreAuthorize(MAY_WRITE)
	public void delete(long id) {
		Department department = load(id);
		if (departments.existsByParentId(id)) {
			throw new DepartmentNotDeletable("department.delete.hasChildren");
		}
		if (users.countByDepartmentId(id) > 0) {
			throw new DepartmentNotDeletable("department.delete.hasMembers");
		}
		departments.delete(department);
		audit.record(AuditAction.DEPARTMENT_DELETED, department.getName(), null);
	}

	/** Rules that need the whole tree; ids from the form must be of this enterprise. */
	private void check(DepartmentTree tree, Long id, DepartmentForm form, Errors errors) {
		Long parentId = form.parentId();
		if (parentId != null && !tree.contains(parentId)) {
			errors.rejectValue("parentId", "admin.choice.unknown");
		}
		else if (parentId != null && id != null && tree.subtreeIds(id).contains(parentId)) {
			errors.rejectValue("parentId", "department.parent.cycle");
		}
		if (form.leaderId() != null && !users.existsById(form.leaderId())) {
			errors.rejectValue("leaderId", "admin.choice.unknown");
		}
		boolean taken = form.name() != null && tree.childrenOf(parentId).stream()
			.anyMatch(sibling -> !sibling.getId().equals(id) && sibling.getName().equalsIgnoreCase(form.name()));
		if (taken) {
			errors.rejectValue("name", "department.name.taken");
		}
	}

	private String leaderName(Long userId) {
		return userId == null ? null : users.findById(userId).map(User::getDisplayName).orElse(null);
	}

	private Department load(long id) {
		return departments.findById(id).orElseThrow(RecordNotFound::new);
	}
}
