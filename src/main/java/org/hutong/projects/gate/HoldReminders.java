package org.hutong.projects.gate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hutong.projects.HoldEnds;
import org.hutong.tenancy.EveryEnterprise;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.EnterpriseZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning reminder of holds ending: a gate decided Hold whose day has come (or passed while no
 * reminder went out) and whose project is still 暂停 tells the project's manager to resume it or review
 * the gate again. The gate is marked reminded in the same transaction that records the event, so a
 * second run — on this node or another — tells nobody twice. One node runs it (ShedLock, ADR 0008).
 */
@Component
public class HoldReminders {

	private static final Logger log = LoggerFactory.getLogger(HoldReminders.class);

	private static final String DUE = "SELECT g.id, g.project_id, g.phase_name, g.hold_until, p.name, p.manager_id "
			+ "FROM projects_gate g JOIN projects_project p ON p.id = g.project_id "
			+ "WHERE g.tenant_id = :tenantId AND g.hold_reminded = FALSE AND g.hold_until <= :today "
			+ "AND g.outcome = 'HOLD' AND p.status = 'PAUSED' ORDER BY g.hold_until, g.id";

	private final EveryEnterprise enterprises;

	private final TenantJdbc jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	HoldReminders(EveryEnterprise enterprises, TenantJdbc jdbc, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.enterprises = enterprises;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${hutong.projects.hold-cron:0 45 7 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "projects.hold-ends", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		runAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void runAll() {
		enterprises.forEachActive("Hold reminders", tenant -> {
			int told = transactions.execute(status -> remind(tenant.getId()));
			if (told > 0) {
				log.info("Reminded {} managers of holds ending in tenant {}", told, tenant.getId());
			}
		});
	}

	private int remind(long tenantId) {
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		List<HoldEnds> due = jdbc.sql(tenantId, DUE).param("today", Date.valueOf(today))
			.query((rs, row) -> new HoldEnds(tenantId, rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
					rs.getString("phase_name"), rs.getLong("manager_id"), rs.getDate("hold_until").toLocalDate(),
					clock.instant()))
			.list();
		for (HoldEnds hold : due) {
			jdbc.sql(tenantId, "UPDATE projects_gate SET hold_reminded = TRUE WHERE tenant_id = :tenantId AND id = :id")
				.param("id", hold.gateId()).update();
			events.publishEvent(hold);
		}
		return due.size();
	}
}
