package org.hutong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.department.Department;
import org.hutong.identity.department.DepartmentRepository;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data scope of each demo role, as owners and as a {@code Specification<User>} on the demo
 * organisation. Other tests add users to demo departments, so expectations are computed from the
 * departments, with the demo people as fixed points.
 */
@HutongTest
class DataScopesTests {

	@Autowired
	DataScopes scopes;

	@Autowired
	UserRepository users;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	DemoTenants demo;

	TestUsers testUsers;

	@BeforeEach
	void setUp() {
		demo = new DemoTenants(tenants, transactions);
		testUsers = new TestUsers(userDetails);
	}

	@Test
	void selfSeesOnlySelf() {
		SignedInUser sales = testUsers.load("demo", "sales");
		VisibleOwners visible = demo.call("demo", () -> scopes.of(sales));
		assertThat(visible.all()).isFalse();
		assertThat(visible.ownerIds()).containsExactly(sales.userId());
		assertThat(visibleUsernames(visible)).containsExactly("sales");
	}

	@Test
	void departmentTreeSeesTheDepartmentAndEverythingBelowIt() {
		SignedInUser manager = testUsers.load("demo", "manager");
		assertThat(manager.dataScope()).isEqualTo(DataScope.DEPARTMENT_TREE);
		VisibleOwners visible = demo.call("demo", () -> scopes.of(manager));
		Set<String> expected = membersOf("销售部", "华中大区", "华东大区");
		assertThat(visibleUsernames(visible)).containsExactlyInAnyOrderElementsOf(expected)
			.contains("manager", "sales", "sales2")
			.doesNotContainAnyElementsOf(membersOf("研发中心", "电气设计室", "结构设计室"))
			.doesNotContain("rd", "finance", "admin");
	}

	@Test
	void departmentSeesItsOwnDepartmentOnly() {
		SignedInUser rd = testUsers.load("demo", "rd");
		assertThat(rd.dataScope()).isEqualTo(DataScope.DEPARTMENT);
		VisibleOwners visible = demo.call("demo", () -> scopes.of(rd));
		assertThat(visibleUsernames(visible)).containsExactlyInAnyOrderElementsOf(membersOf("电气设计室"))
			.contains("rd")
			.doesNotContain("manager", "sales", "finance", "admin");
	}

	@Test
	void allSeesEveryone() {
		SignedInUser admin = testUsers.load("demo", "admin");
		VisibleOwners visible = demo.call("demo", () -> scopes.of(admin));
		assertThat(visible.all()).isTrue();
		assertThat(visible.includes(-1L)).isTrue();
		assertThat(visibleUsernames(visible)).hasSize(demo.call("demo", () -> (int) users.count()))
			.contains("admin", "manager", "sales", "sales2", "rd", "finance");
	}

	@Test
	void aScopeNeverReachesIntoAnotherEnterprise() {
		SignedInUser admin = testUsers.load("demo", "admin");
		VisibleOwners visible = demo.call("demo", () -> scopes.of(admin));
		List<Long> otherEnterprise = demo.call("demo2", () -> users.findAll(visible.<User>ownedBy("id")))
			.stream().map(User::getTenantId).distinct().toList();
		assertThat(otherEnterprise).containsExactly(demo.id("demo2"));
	}

	private Set<String> visibleUsernames(VisibleOwners visible) {
		return demo.call("demo", () -> users.findAll(visible.<User>ownedBy("id")).stream()
			.map(User::getUsername).collect(Collectors.toSet()));
	}

	private Set<String> membersOf(String... departmentNames) {
		return demo.call("demo", () -> {
			Map<String, Long> ids = departments.findAll().stream()
				.filter(d -> Set.of(departmentNames).contains(d.getName()))
				.collect(Collectors.toMap(Department::getName, Department::getId, (a, b) -> a));
			return users.findAll().stream().filter(u -> ids.containsValue(u.getDepartmentId()))
				.map(User::getUsername).collect(Collectors.toSet());
		});
	}
}
