package org.hutong.projects.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

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
 * Demo mode: each demo project not killed gets a milestone at the end of its last finished phase
 * (reached — automatically, or by its manager with a note every other project), one at the end of its
 * current phase and one at the end of the next; every third project's current one has slipped twelve
 * days past its baseline. Runs only while the enterprise has no milestone.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("hutong.demo")
class MilestoneDemoData implements StartupSeed {

	private final Tenants tenants;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MilestoneDemoData(Tenants tenants, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record PhaseEnd(long projectId, long managerId, long phaseId, String name, String status, LocalDate plannedEnd,
			LocalDate actualEnd) {
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenant) {
		if (jdbc.sql("SELECT COUNT(*) FROM projects_milestone WHERE tenant_id = :t").param("t", tenant).query(Long.class)
			.single() > 0) {
			return;
		}
		List<Long> projects = jdbc.sql("SELECT id FROM projects_project WHERE tenant_id = :t AND status <> 'KILLED' ORDER BY id")
			.param("t", tenant).query(Long.class).list();
		for (int i = 0; i < projects.size(); i++) {
			seed(tenant, projects.get(i), i);
		}
	}

	private void seed(long tenant, long projectId, int n) {
		List<PhaseEnd> phases = jdbc.sql("""
				SELECT p.id, p.manager_id, f.id, f.name, f.status, f.planned_end, f.actual_end
				FROM projects_phase f JOIN projects_project p ON p.id = f.project_id
				WHERE f.tenant_id = :t AND f.project_id = :p ORDER BY f.position""").param("t", tenant).param("p", projectId)
			.query((rs, i) -> new PhaseEnd(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
			.list();
		int current = -1;
		for (int i = 0; i < phases.size(); i++) {
			if (!"DONE".equals(phases.get(i).status())) {
				current = i;
				break;
			}
		}
		int lastDone = current < 0 ? phases.size() - 1 : current - 1;
		if (lastDone >= 0) {
			PhaseEnd done = phases.get(lastDone);
			LocalDate reached = done.actualEnd() == null ? done.plannedEnd() : done.actualEnd();
			insert(tenant, done, done.plannedEnd(), done.plannedEnd(), reached, n % 2 == 0 ? done.managerId() : null);
		}
		if (current >= 0) {
			PhaseEnd now = phases.get(current);
			LocalDate due = n % 3 == 0 ? now.plannedEnd().plusDays(12) : now.plannedEnd();
			insert(tenant, now, due, now.plannedEnd(), null, null);
			if (current + 1 < phases.size()) {
				PhaseEnd next = phases.get(current + 1);
				insert(tenant, next, next.plannedEnd(), next.plannedEnd(), null, null);
			}
		}
	}

	private void insert(long tenant, PhaseEnd phase, LocalDate due, LocalDate baseline, LocalDate reached, Long by) {
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		LocalDate reachedOn = reached == null ? null : reached.isAfter(today) ? today : reached;
		jdbc.sql("""
				INSERT INTO projects_milestone (tenant_id, project_id, phase_id, name, due_on, baseline_on, status, reached_at,
				    reached_by, note, created_by, created_at, version)
				VALUES (:t, :p, :phase, :name, :due, :baseline, :status, :reachedAt, :by, :note, :creator, :createdAt, 0)""")
			.param("t", tenant).param("p", phase.projectId()).param("phase", phase.phaseId())
			.param("name", phase.name() + "完成").param("due", due).param("baseline", baseline)
			.param("status", reachedOn == null ? "OPEN" : "REACHED")
			.param("reachedAt", reachedOn == null ? null : reachedOn.atTime(17, 0).atZone(EnterpriseZone.DEFAULT).toOffsetDateTime())
			.param("by", by).param("note", by == null ? null : "阶段成果已确认")
			.param("creator", phase.managerId())
			.param("createdAt", clock.instant().atOffset(ZoneOffset.UTC)).update();
	}
}
