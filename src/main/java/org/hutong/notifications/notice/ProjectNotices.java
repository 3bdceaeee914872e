package org.hutong.notifications.notice;

import org.hutong.projects.BudgetThresholdCrossed;
import org.hutong.projects.HoldEnds;
import org.hutong.projects.TaskAssigned;
import org.hutong.projects.TaskDueSoon;
import org.hutong.projects.WeeklyReportPublished;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * R&D project notices: a task given to the recipient by a colleague ("{0} 给你分配了任务", the project and
 * the task's title, its due day), one per task and assignee — its source key {@code task:{id}:assigned}
 * names it, so a replayed event notifies nobody twice — linking to the task. Taking a task oneself
 * notifies nobody. Also the morning reminder of a task due today or tomorrow ({@code task:{id}:due:{day}})
 * a budget warning to the manager ({@code budget:{project}:{category or total}:{threshold}}) and a hold
 * ending ({@code project:{id}:hold:{gate}}) and a published 项目周报 to the project's manager and members
 * ({@code project:{id}:report:{week}}, linking to the report). After
 * commit, async and in the publication registry (see {@link FeedNotices}).
 */
@Component
class ProjectNotices {

	static final String TASK = "task:";

	static final String BUDGET = "budget:";

	static final String PROJECT = "project:";

	static final String REPORT = ":report:";

	private final Notifying notifying;

	ProjectNotices(Notifying notifying) {
		this.notifying = notifying;
	}

	@Async
	@TransactionalEventListener
	void on(TaskAssigned event) {
		if (event.assigneeId() == event.assignedBy()) {
			return;
		}
		notifying.deliver(new Notice(event.tenantId(), event.assigneeId(), NotificationKind.TASK_ASSIGNED,
				event.assignedBy(), null, null, null, event.dueDate(), event.projectName() + " · " + event.title(),
				TASK + event.taskId() + ":assigned"));
	}

	/** The morning reminder of a task due today or tomorrow, once per task, person and due day. */
	@Async
	@TransactionalEventListener
	void on(TaskDueSoon event) {
		notifying.deliver(new Notice(event.tenantId(), event.assigneeId(), NotificationKind.TASK_DUE, null, null, null,
				null, event.dueDate(), event.projectName() + " · " + event.title(),
				TASK + event.taskId() + ":due:" + event.dueDate()));
	}

	/** A budget warning to the project's manager, once per project, category (or total) and threshold. */
	@Async
	@TransactionalEventListener
	void on(BudgetThresholdCrossed event) {
		String scope = event.categoryId() == null ? "total" : String.valueOf(event.categoryId());
		String what = event.category() == null ? "" : " · " + event.category();
		notifying.deliver(new Notice(event.tenantId(), event.managerId(), NotificationKind.BUDGET_WARNING, null, null,
				null, null, null, event.projectName() + what + " · " + event.threshold() + " %",
				BUDGET + event.projectId() + ":" + scope + ":" + event.threshold()));
	}

	/** A hold ends today: the manager resumes the project or reviews the gate again; once per gate. */
	@Async
	@TransactionalEventListener
	void on(HoldEnds event) {
		notifying.deliver(new Notice(event.tenantId(), event.managerId(), NotificationKind.HOLD_ENDS, null, null, null,
				null, event.holdUntil(), event.projectName() + " · " + event.phaseName(),
				PROJECT + event.projectId() + ":hold:" + event.gateId()));
	}

	/** A 项目周报 published: each of the project's readers but the publisher is told once per report. */
	@Async
	@TransactionalEventListener
	void on(WeeklyReportPublished event) {
		notifying.deliver(event.readerIds().stream().map(reader -> new Notice(event.tenantId(), reader,
				NotificationKind.REPORT_PUBLISHED, event.publishedBy(), null, null, null, null,
				event.projectName() + " · " + event.week() + " · " + event.summary(),
				PROJECT + event.projectId() + REPORT + event.week())).toList());
	}

	/** {@code /projects/tasks/{id}} for a task's notice, the budget page for a budget warning, else {@code null}. */
	static String target(String sourceKey) {
		if (sourceKey != null && sourceKey.startsWith(BUDGET)) {
			int end = sourceKey.indexOf(':', BUDGET.length());
			return "/projects/" + sourceKey.substring(BUDGET.length(), end < 0 ? sourceKey.length() : end) + "/budget";
		}
		if (sourceKey != null && sourceKey.startsWith(PROJECT) && sourceKey.contains(REPORT)) {
			int at = sourceKey.indexOf(REPORT);
			return "/projects/" + sourceKey.substring(PROJECT.length(), at) + "/reports/" + sourceKey.substring(at + REPORT.length());
		}
		if (sourceKey != null && sourceKey.startsWith(PROJECT)) {
			int end = sourceKey.indexOf(':', PROJECT.length());
			return "/projects/" + sourceKey.substring(PROJECT.length(), end < 0 ? sourceKey.length() : end);
		}
		if (sourceKey == null || !sourceKey.startsWith(TASK)) {
			return null;
		}
		int end = sourceKey.indexOf(':', TASK.length());
		return "/projects/tasks/" + sourceKey.substring(TASK.length(), end < 0 ? sourceKey.length() : end);
	}
}
