package org.hutong.projects.task;

import java.util.HashMap;
import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.MapBindingResult;

/**
 * Demo mode: the first open task of each running demo project gets a checklist of three items (the first
 * ticked) and two subtasks, made through {@link TaskDetails} and {@link TaskManagement} signed in as its
 * project's manager. Runs only while the enterprise has no checklist items.
 */
@Component
@Order(57)
@ConditionalOnBooleanProperty("hutong.demo")
class TaskDetailDemoData implements StartupSeed {

	static final List<String> CHECKS = List.of("输入资料齐全", "与相关专业会签", "结果已归档");

	static final List<String> SUBTASKS = List.of("收集输入资料", "内部评审");

	private final Tenants tenants;

	private final TaskCheckRepository checks;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final TaskDetails details;

	private final TaskManagement management;

	private final JdbcClient jdbc;

	TaskDetailDemoData(Tenants tenants, TaskCheckRepository checks, UserDetailsService users,
			TransactionTemplate transactions, TaskDetails details, TaskManagement management, JdbcClient jdbc) {
		this.tenants = tenants;
		this.checks = checks;
		this.users = users;
		this.transactions = transactions;
		this.details = details;
		this.management = management;
		this.jdbc = jdbc;
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenantId) {
		if (checks.count() > 0) {
			return;
		}
		List<Object[]> firsts = jdbc.sql("""
				SELECT MIN(t.id), u.username FROM projects_task t JOIN projects_project p ON p.id = t.project_id
				JOIN identity_user u ON u.id = p.manager_id
				WHERE t.tenant_id = :tenant AND t.category = 'OPEN' AND t.parent_id IS NULL AND p.status IN ('ACTIVE', 'PAUSED')
				GROUP BY t.project_id, u.username ORDER BY MIN(t.id)""")
			.param("tenant", tenantId).query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list();
		try {
			for (Object[] first : firsts) {
				SignedInUser manager = signIn((String) first[1]);
				long taskId = (Long) first[0];
				for (String text : CHECKS) {
					details.addCheck(manager, taskId, text, new MapBindingResult(new HashMap<>(), "demo"));
				}
				checks.findByTaskIdOrderByPositionAscIdAsc(taskId).stream().findFirst()
					.ifPresent(check -> details.markCheck(manager, taskId, check.getId(), true));
				for (String title : SUBTASKS) {
					management.createSubtask(manager, taskId, title, new MapBindingResult(new HashMap<>(), "demo"));
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
