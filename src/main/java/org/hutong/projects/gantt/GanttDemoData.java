package org.hutong.projects.gantt;

import java.time.Clock;
import java.time.LocalDate;
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
 * Demo mode: in each running demo project the dated tasks are linked one after the next (the lag
 * the dates leave, so each chain is tight), through {@link Gantt} signed in as the project's manager
 * — a link the plan refuses is left out. The first two such projects also get a baseline, saved three
 * weeks ago as it were: its later tasks then lay five days earlier, so they show a slip. Runs only
 * while the enterprise has no dependency and no baseline.
 */
@Component
@Order(61)
@ConditionalOnBooleanProperty("hutong.demo")
class GanttDemoData implements StartupSeed {

	private static final int BASELINES = 2;

	private final Tenants tenants;

	private final JdbcClient jdbc;

	private final Gantt gantt;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final Clock clock;

	GanttDemoData(Tenants tenants, JdbcClient jdbc, Gantt gantt, UserDetailsService users,
			TransactionTemplate transactions, Clock clock) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.gantt = gantt;
		this.users = users;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record Dated(long id, LocalDate start, LocalDate due) {
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenant) {
		long existing = jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM projects_task_dependency WHERE tenant_id = :t)
				+ (SELECT COUNT(*) FROM projects_plan_baseline WHERE tenant_id = :t)""").param("t", tenant)
			.query(Long.class).single();
		if (existing > 0) {
			return;
		}
		// the demo's own projects are the enterprise's first: an enterprise that grew (a benchmark's
		// thousands of projects) must not be linked task by task at start-up
		List<Object[]> projects = jdbc.sql("""
				SELECT p.id, u.username FROM projects_project p JOIN identity_user u ON u.id = p.manager_id
				WHERE p.tenant_id = :t AND p.status IN ('ACTIVE', 'PAUSED') ORDER BY p.id
				FETCH FIRST 30 ROWS ONLY""")
			.param("t", tenant).query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list();
		int baselines = 0;
		try {
			for (Object[] project : projects) {
				SignedInUser manager = signIn((String) project[1]);
				long projectId = (Long) project[0];
				if (link(manager, projectId) > 0 && baselines < BASELINES) {
					baseline(manager, projectId);
					baselines++;
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Links the project's dated open tasks in order of start; answers how many links the plan took. */
	private int link(SignedInUser manager, long projectId) {
		List<Dated> tasks = jdbc.sql("""
				SELECT id, start_date, due_date FROM projects_task WHERE project_id = :p AND category = 'OPEN'
				AND start_date IS NOT NULL AND due_date IS NOT NULL ORDER BY start_date, id""")
			.param("p", projectId)
			.query((rs, n) -> new Dated(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
			.list();
		int linked = 0;
		for (int i = 1; i < tasks.size(); i++) {
			Dated before = tasks.get(i - 1);
			Dated after = tasks.get(i);
			if (!after.start().isAfter(before.start())) {
				continue;
			}
			int lag = (int) (after.start().toEpochDay() - before.due().toEpochDay() - 1);
			MapBindingResult errors = new MapBindingResult(new HashMap<>(), "dependency");
			if (gantt.link(manager, projectId, new DependencyForm(before.id(), after.id(), lag), errors) != null) {
				linked++;
			}
		}
		return linked;
	}

	private void baseline(SignedInUser manager, long projectId) {
		Long id = gantt.saveBaseline(manager, projectId, "立项基线", new MapBindingResult(new HashMap<>(), "baseline"));
		if (id == null) {
			return;
		}
		jdbc.sql("UPDATE projects_plan_baseline SET taken_at = :at WHERE id = :id")
			.param("at", java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(21)))).param("id", id)
			.update();
		jdbc.sql("""
				UPDATE projects_plan_baseline_item SET start_on = CAST(start_on - INTERVAL '5' DAY AS DATE),
				finish_on = CAST(finish_on - INTERVAL '5' DAY AS DATE)
				WHERE baseline_id = :id AND item_kind = 'TASK' AND item_id IN (SELECT t.id FROM projects_task t
				WHERE t.project_id = :p AND t.start_date >= (SELECT CAST(MIN(start_on) + INTERVAL '10' DAY AS DATE) FROM projects_plan_baseline_item
				WHERE baseline_id = :id AND item_kind = 'TASK'))""")
			.param("id", id).param("p", projectId).update();
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
