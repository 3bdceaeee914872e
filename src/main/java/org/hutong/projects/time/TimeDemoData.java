package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: cost rates for the demo's people (张伟's raised two months ago, so the history shows), and
 * three months of weekday hours on the open tasks given to them in projects under way — 张伟 logs nearly
 * every weekday, the others now and then, 2–4 h on at most two tasks a day, so no day passes 8 h. Runs
 * only while the enterprise has no time entry.
 */
@Component
@Order(59)
@ConditionalOnBooleanProperty("hutong.demo")
class TimeDemoData implements StartupSeed {

	private static final int WEEKS = 13;

	/** Rate per hour by username; rd's first rate ran until two months ago. */
	private static final Map<String, Integer> RATES = Map.of("admin", 260, "manager", 220, "rd", 185, "sales", 150,
			"sales2", 150, "finance", 160);

	private final Tenants tenants;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TimeDemoData(Tenants tenants, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record Work(long taskId, long projectId, Long phaseId, LocalDate from) {
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenant) {
		if (jdbc.sql("SELECT COUNT(*) FROM projects_time_entry WHERE tenant_id = :t").param("t", tenant).query(Long.class)
			.single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		Map<String, Long> people = new LinkedHashMap<>();
		jdbc.sql("SELECT username, id FROM identity_user WHERE tenant_id = :t").param("t", tenant)
			.query((rs, n) -> people.put(rs.getString(1), rs.getLong(2))).list();
		rates(tenant, people, today);
		Random random = new Random(15);
		people.forEach((username, userId) -> log(tenant, userId, "rd".equals(username) ? 90 : 35, today, random));
	}

	private void rates(long tenant, Map<String, Long> people, LocalDate today) {
		long admin = people.getOrDefault("admin", 0L);
		RATES.forEach((username, rate) -> {
			Long user = people.get(username);
			if (user == null) {
				return;
			}
			rate(tenant, user, today.minusYears(1), "rd".equals(username) ? rate - 20 : rate, admin);
			if ("rd".equals(username)) {
				rate(tenant, user, today.minusMonths(2), rate, admin);
			}
		});
	}

	private void rate(long tenant, long user, LocalDate from, int rate, long by) {
		jdbc.sql("""
				INSERT INTO projects_cost_rate (tenant_id, user_id, effective_from, rate, created_by, created_at)
				VALUES (:t, :u, :from, :rate, :by, CURRENT_TIMESTAMP)""").param("t", tenant).param("u", user)
			.param("from", from).param("rate", BigDecimal.valueOf(rate)).param("by", by).update();
	}

	/** Weekdays of the last weeks on which the person logs (percent of days), on their open tasks. */
	private void log(long tenant, long userId, int percent, LocalDate today, Random random) {
		List<Work> work = jdbc.sql("""
				SELECT t.id, t.project_id, t.phase_id, p.planned_start FROM projects_task_assignee a
				JOIN projects_task t ON t.id = a.task_id JOIN projects_project p ON p.id = t.project_id
				WHERE a.tenant_id = :t AND a.user_id = :u AND p.status = 'ACTIVE' ORDER BY t.id""")
			.param("t", tenant).param("u", userId)
			.query((rs, n) -> new Work(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
					rs.getObject(4, LocalDate.class)))
			.list();
		if (work.isEmpty()) {
			return;
		}
		for (LocalDate day = today.minusWeeks(WEEKS); !day.isAfter(today); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
					|| random.nextInt(100) >= percent) {
				continue;
			}
			LocalDate on = day;
			List<Work> open = new ArrayList<>(work.stream().filter(w -> !w.from().isAfter(on)).toList());
			for (int i = 0; i < 2 && !open.isEmpty(); i++) {
				Work task = open.remove(random.nextInt(open.size()));
				entry(tenant, userId, task, day, BigDecimal.valueOf(2 + random.nextInt(5), 0).multiply(new BigDecimal("0.5"))
					.add(BigDecimal.ONE));
			}
		}
	}

	private void entry(long tenant, long userId, Work task, LocalDate day, BigDecimal hours) {
		jdbc.sql("""
				INSERT INTO projects_time_entry (tenant_id, user_id, task_id, project_id, phase_id, work_day, hours, created_at,
				    updated_at, version)
				VALUES (:t, :u, :task, :project, :phase, :day, :hours, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""")
			.param("t", tenant).param("u", userId).param("task", task.taskId()).param("project", task.projectId())
			.param("phase", task.phaseId()).param("day", day).param("hours", hours).update();
	}
}
