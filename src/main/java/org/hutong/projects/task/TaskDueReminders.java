package org.hutong.projects.task;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hutong.projects.TaskDueSoon;
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
 * The morning reminder of tasks due today or tomorrow: each assignee of such an open task of a project
 * 进行中 is told, before the working day starts. One node of a cluster runs it (ShedLock, ADR 0008); a
 * second run the same day publishes again, and the notices, keyed by task, person and due day, stay one.
 */
@Component
public class TaskDueReminders {

	private static final Logger log = LoggerFactory.getLogger(TaskDueReminders.class);

	private static final String DUE = "SELECT a.task_id, a.user_id, a.due_date, t.project_id, t.title, p.name "
			+ "FROM projects_task_assignee a JOIN projects_task t ON t.id = a.task_id "
			+ "JOIN projects_project p ON p.id = t.project_id "
			+ "WHERE a.tenant_id = :tenantId AND a.due_date >= :today AND a.due_date <= :tomorrow AND a.is_open = TRUE "
			+ "AND p.status = 'ACTIVE' ORDER BY a.due_date, a.task_id";

	private final EveryEnterprise enterprises;

	private final TenantJdbc jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TaskDueReminders(EveryEnterprise enterprises, TenantJdbc jdbc, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.enterprises = enterprises;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${hutong.projects.task-due-cron:0 40 7 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "projects.task-due", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		runAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void runAll() {
		enterprises.forEachActive("Task due reminders", tenant -> {
			int told = transactions.execute(status -> remind(tenant.getId()));
			if (told > 0) {
				log.info("Reminded {} assignees of tasks due in tenant {}", told, tenant.getId());
			}
		});
	}

	private int remind(long tenantId) {
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		List<TaskDueSoon> due = jdbc.sql(tenantId, DUE)
			.param("today", Date.valueOf(today))
			.param("tomorrow", Date.valueOf(today.plusDays(1)))
			.query((rs, row) -> new TaskDueSoon(tenantId, rs.getLong("task_id"), rs.getLong("project_id"),
					rs.getString("name"), rs.getString("title"), rs.getLong("user_id"), rs.getDate("due_date").toLocalDate(),
					clock.instant()))
			.list();
		due.forEach(events::publishEvent);
		return due.size();
	}
}
