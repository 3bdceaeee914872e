package org.hutong.projects.task;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.Priority;
import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
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
 * Demo mode: each running demo project gets six tasks across its board's columns, made through
 * {@link TaskManagement} signed in as its manager — given in turn to the project's workers, 张伟 (rd)
 * first where he works on it, some past their due date. Runs only while the enterprise has no tasks.
 */
@Component
@Order(56)
@ConditionalOnBooleanProperty("hutong.demo")
class TaskDemoData implements StartupSeed {

	static final List<String> TITLES = List.of("编写产品技术规格书", "一次方案设计与校核", "二次原理图绘制", "关键零部件选型与询价",
			"BOM 评审", "样机结构装配", "温升试验准备", "型式试验委托与送样", "控制软件联调", "出厂试验报告整理", "用户技术协议澄清",
			"工艺文件编制");

	/** The column each of a project's six tasks starts in (by its place on the default board). */
	static final int[] COLUMNS = { 0, 1, 2, 3, 1, 0 };

	/** Days the plan is shifted later per project, so some portfolios run late and most on time. */
	static final int[] ON_TIME = { 0, 24, 10, 24, 24 };

	private final Tenants tenants;

	private final TaskRepository tasks;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final Writers writers;

	/** What the demo writes through and looks up. */
	@Component
	record Writers(TaskManagement management, TaskSearch search, JdbcClient jdbc, Clock clock) {
	}

	TaskDemoData(Tenants tenants, TaskRepository tasks, UserDetailsService users, TransactionTemplate transactions,
			Writers writers) {
		this.tenants = tenants;
		this.tasks = tasks;
		this.users = users;
		this.transactions = transactions;
		this.writers = writers;
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenantId) {
		if (tasks.count() > 0) {
			return;
		}
		List<Object[]> projects = writers.jdbc().sql("""
				SELECT p.id, u.username FROM projects_project p JOIN identity_user u ON u.id = p.manager_id
				WHERE p.tenant_id = :tenant AND p.status IN ('ACTIVE', 'PAUSED') ORDER BY p.id""")
			.param("tenant", tenantId).query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list();
		Long rd = writers.jdbc().sql("SELECT id FROM identity_user WHERE tenant_id = :tenant AND username = 'rd'")
			.param("tenant", tenantId).query(Long.class).optional().orElse(null);
		LocalDate today = LocalDate.now(writers.clock().withZone(EnterpriseZone.DEFAULT));
		try {
			for (int i = 0; i < projects.size(); i++) {
				make(i, (Long) projects.get(i)[0], signIn((String) projects.get(i)[1]), rd, today);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void make(int n, long projectId, SignedInUser manager, Long rd, LocalDate today) {
		WorkGrant grant = writers.search().project(manager, projectId);
		TaskChoices choices = writers.search().choices(manager, projectId);
		List<Long> workers = grant.workers();
		if (workers.isEmpty() || choices.columns().size() < 4) {
			return;
		}
		for (int k = 0; k < COLUMNS.length; k++) {
			long assignee = k % 2 == 0 && rd != null && workers.contains(rd) ? rd : workers.get(k % workers.size());
			LocalDate start = today.minusDays(24 - 6L * k + n % 3 - ON_TIME[n % ON_TIME.length]);
			LocalDate due = start.plusDays(5 + (n + k) % 9);
			Long phase = choices.phases().isEmpty() ? null
					: choices.phases().get(Math.min(k / 2, choices.phases().size() - 1)).id();
			TaskForm form = new TaskForm(TITLES.get((n + k) % TITLES.size()), null, phase, List.of(assignee), start, due,
					new BigDecimal(8 * (1 + k % 3)), Priority.values()[(n + k) % 3],
					choices.columns().get(COLUMNS[k]).id(), null);
			writers.management().create(manager, projectId, form, new MapBindingResult(new HashMap<>(), "demo"));
		}
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
