package org.hutong.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.identity.audit.AuditEntry;
import org.hutong.identity.department.Department;
import org.hutong.identity.role.Role;
import org.hutong.identity.token.ApiToken;
import org.hutong.identity.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** Users, departments, roles, API tokens and audit entries stay inside their enterprise. */
class IdentityIsolationTests extends TenantIsolationTestBase {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("user", this::newUser, id -> visible(User.class, id),
						id -> get("/admin/users/{id}/edit", id), id -> get("/api/v1/users/{id}", id)),
				new Isolated("department", this::newDepartment, id -> visible(Department.class, id),
						id -> get("/admin/departments/{id}/edit", id), id -> get("/api/v1/departments/{id}", id)),
				new Isolated("role", this::newRole, id -> visible(Role.class, id),
						id -> get("/admin/roles/{id}/edit", id), id -> get("/api/v1/roles/{id}", id)),
				new Isolated("API token", this::newToken, id -> visible(ApiToken.class, id),
						id -> post("/me/tokens/{id}/revoke", id).with(csrf()), null),
				new Isolated("audit entry", this::newAuditEntry, id -> visible(AuditEntry.class, id), null, null),
				new Isolated("role assignment", this::demoRoleAssignment, this::roleAssignmentVisible, null, null));
	}

	private boolean visible(Class<?> type, long id) {
		entityManager.clear();
		return entityManager.find(type, id) != null;
	}

	/** Demo's users hold roles; the assignment class is internal to its feature, so it is named in JPQL. */
	private long demoRoleAssignment() {
		return entityManager.createQuery("select min(a.id) from RoleAssignment a", Long.class).getSingleResult();
	}

	private boolean roleAssignmentVisible(long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(a) from RoleAssignment a where a.id = :id", Long.class)
			.setParameter("id", id)
			.getSingleResult() > 0;
	}

	private long newUser() {
		User user = new User("iso" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000, "{noop}x",
				Instant.now());
		user.describe("隔离测试", null, null, null, null, null, Instant.now());
		entityManager.persist(user);
		return user.getId();
	}

	private long newDepartment() {
		Department department = new Department("隔离部门" + SEQUENCE.incrementAndGet(), null, null, 99);
		entityManager.persist(department);
		return department.getId();
	}

	private long newRole() {
		Role role = new Role("隔离角色" + SEQUENCE.incrementAndGet(), null, Set.of(), DataScope.SELF);
		entityManager.persist(role);
		return role.getId();
	}

	private long newToken() {
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		return tokens.create(admin, "isolation", 1).token().getId();
	}

	private long newAuditEntry() {
		AuditEntry entry = new AuditEntry(Instant.now(), null, "iso", "127.0.0.1", "USER_UPDATED", "iso", null);
		entityManager.persist(entry);
		return entry.getId();
	}
}
