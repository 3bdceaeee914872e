package org.hutong.projects.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.hutong.projects.time.Week;
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
 * Demo mode: the first three projects under way have published reports for the last three weeks, by
 * their managers on the Friday evening of each week, with the hours logged in the week (after the
 * demo's hours, {@link org.hutong.projects.time} at 59). This week stays unwritten, for the manager to
 * write. Runs only while the enterprise has no weekly report.
 */
@Component
@Order(62)
@ConditionalOnBooleanProperty("hutong.demo")
class ReportDemoData implements StartupSeed {

	private static final int WEEKS = 3;

	private static final List<String> SUMMARIES = List.of("按计划推进，样机联调完成过半。", "关键器件到货，进入集成测试。",
			"评审意见已落实，下周准备阶段评审材料。");

	private static final List<String> PLANS = List.of("完成剩余接口联调，整理测试报告。", "开展可靠性测试，跟进供应商交期。",
			"提交阶段评审，准备下一阶段计划。");

	private final Tenants tenants;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReportDemoData(Tenants tenants, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record Project(long id, long managerId) {
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenant) {
		if (jdbc.sql("SELECT COUNT(*) FROM projects_weekly_report WHERE tenant_id = :t").param("t", tenant)
			.query(Long.class).single() > 0) {
			return;
		}
		List<Project> projects = jdbc.sql("""
				SELECT id, manager_id FROM projects_project WHERE tenant_id = :t AND status = 'ACTIVE' ORDER BY id LIMIT 3""")
			.param("t", tenant).query((rs, n) -> new Project(rs.getLong(1), rs.getLong(2))).list();
		Week week = Week.of(LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT)));
		for (int back = 1; back <= WEEKS; back++) {
			week = week.previous();
			for (int i = 0; i < projects.size(); i++) {
				report(tenant, projects.get(i), week, (back + i) % SUMMARIES.size());
			}
		}
	}

	private void report(long tenant, Project project, Week week, int text) {
		BigDecimal hours = jdbc.sql("""
				SELECT COALESCE(SUM(hours), 0) FROM projects_time_entry
				WHERE tenant_id = :t AND project_id = :p AND work_day BETWEEN :from AND :to""")
			.param("t", tenant).param("p", project.id()).param("from", week.monday()).param("to", week.sunday())
			.query(BigDecimal.class).single();
		List<String> done = jdbc.sql("""
				SELECT title FROM projects_task WHERE tenant_id = :t AND project_id = :p AND category = 'DONE'
				ORDER BY id LIMIT 3""").param("t", tenant).param("p", project.id()).query(String.class).list();
		var friday = week.monday().with(DayOfWeek.FRIDAY).atTime(18, 0).atZone(EnterpriseZone.DEFAULT).toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO projects_weekly_report (tenant_id, project_id, week, week_start, status, summary, done_text,
				    next_plan, risks, hours_total, author_id, published_at, published_by, created_at, updated_at, version)
				VALUES (:t, :p, :week, :start, 'PUBLISHED', :summary, :done, :plan, :risks, :hours, :author, :at, :author,
				    :at, :at, 0)""")
			.param("t", tenant).param("p", project.id()).param("week", week.name()).param("start", week.monday())
			.param("summary", SUMMARIES.get(text)).param("done", done.isEmpty() ? null : "- " + String.join("\n- ", done))
			.param("plan", PLANS.get(text)).param("risks", text == 1 ? "部分进口器件交期不确定，已准备替代方案。" : null)
			.param("hours", hours).param("author", project.managerId()).param("at", friday).update();
	}
}
