package org.hutong.identity.demo;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.DataScope;
import org.hutong.identity.Onboarding;
import org.hutong.identity.Permissions;
import org.hutong.identity.department.Department;
import org.hutong.identity.department.DepartmentRepository;
import org.hutong.identity.role.Role;
import org.hutong.identity.role.RoleRepository;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.shared.StartupSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: on an empty database, seeds 许继智能电气 ({@code demo}), a fictional electric power
 * equipment maker in 许昌, and a second enterprise {@code demo2} to check isolation against.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("hutong.demo")
class DemoData implements StartupSeed {

	static final String PASSWORD = "demo1234";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Tenants tenants;

	private final Onboarding onboarding;

	private final DepartmentRepository departments;

	private final RoleRepository roles;

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoData(Tenants tenants, Onboarding onboarding, Organisation organisation, PasswordEncoder encoder,
			TransactionTemplate transactions, Clock clock) {
		this.tenants = tenants;
		this.onboarding = onboarding;
		this.departments = organisation.departments();
		this.roles = organisation.roles();
		this.users = organisation.users();
		this.encoder = encoder;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The repositories the demo writes to, bundled to keep the constructor short. */
	@Component
	record Organisation(DepartmentRepository departments, RoleRepository roles, UserRepository users) {
	}

	@Override
	public void seed() {
		if (!tenants.isEmpty()) {
			return;
		}
		Tenant demo = tenants.create("demo", "许继智能电气股份有限公司");
		TenantContext.runAs(demo.getId(), () -> transactions.executeWithoutResult(status -> seedDemo()));
		Tenant demo2 = tenants.create("demo2", "平顶山高压开关有限公司");
		TenantContext.runAs(demo2.getId(), () -> transactions.executeWithoutResult(
				status -> onboarding.setUp("admin", "系统管理员", PASSWORD)));
		log.info("Demo enterprises 'demo' and 'demo2' seeded; every demo user's password is {}", PASSWORD);
	}

	private void seedDemo() {
		long adminId = onboarding.setUp("admin", "周建国", PASSWORD);
		Map<String, Department> d = seedDepartments();
		Role director = roles.save(new Role("销售总监", "管理销售部及下属大区的客户与商机",
				Set.of(Permissions.USERS_READ), DataScope.DEPARTMENT_TREE));
		Role rep = roles.save(new Role("销售代表", "跟进本人负责的客户与商机", Set.of(), DataScope.SELF));
		Role engineer = roles.save(new Role("研发工程师", "参与研发项目", Set.of(), DataScope.DEPARTMENT));
		Role accountant = roles.save(new Role("财务专员", "管理合同回款与开票", Set.of(), DataScope.ALL));
		users.findById(adminId).ifPresent(admin -> place(admin, "周建国", "13903740001", d.get("总经理办公室"), "总经理"));
		user("manager", "李明", "13903740002", d.get("销售部"), "销售总监", director);
		user("sales", "王芳", "13903740003", d.get("华中大区"), "销售代表", rep);
		user("sales2", "陈磊", "13903740006", d.get("华东大区"), "销售代表", rep);
		user("rd", "张伟", "13903740004", d.get("电气设计室"), "研发工程师", engineer);
		user("finance", "刘洋", "13903740005", d.get("财务部"), "财务专员", accountant);
		d.get("销售部").update("销售部", null, users.findByUsername("manager").orElseThrow().getId(), 2);
	}

	private Map<String, Department> seedDepartments() {
		Map<String, Department> d = new LinkedHashMap<>();
		String[][] tree = { { "总经理办公室", null }, { "销售部", null }, { "华中大区", "销售部" }, { "华东大区", "销售部" },
				{ "研发中心", null }, { "电气设计室", "研发中心" }, { "结构设计室", "研发中心" }, { "生产部", null },
				{ "财务部", null }, { "行政人事部", null } };
		int order = 1;
		for (String[] node : tree) {
			Long parent = node[1] == null ? null : d.get(node[1]).getId();
			d.put(node[0], departments.save(new Department(node[0], parent, null, order++)));
		}
		return d;
	}

	private void user(String username, String name, String mobile, Department department, String position, Role role) {
		User user = new User(username, encoder.encode(PASSWORD), clock.instant());
		place(user, name, mobile, department, position);
		user.assignRoles(Set.of(role.getId()));
		users.save(user);
	}

	private void place(User user, String name, String mobile, Department department, String position) {
		user.describe(name, mobile, user.getUsername() + "@xuji-demo.cn", department.getId(), position, null,
				clock.instant());
	}
}
