package org.hutong.notifications.notice;

import org.hutong.projects.TaskAssigned;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * R&D project notices: a task given to the recipient by a colleague ("{0} 给你分配了任务", the project and
 * the task's title, its due day), one per task and assignee — its source key {@code task:{id}:assigned}
 * names it, so a replayed event notifies nobody twice — linking to the task. Taking a task oneself
 * notifies nobody. After commit, async and in the publication registry (see {@link FeedNotices}).
 */
@Component
class ProjectNotices {

	static final String TASK = "task:";

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

	/** {@code /projects/tasks/{id}} for a task's notice, else {@code null}. */
	static String target(String sourceKey) {
		if (sourceKey == null || !sourceKey.startsWith(TASK)) {
			return null;
		}
		int end = sourceKey.indexOf(':', TASK.length());
		return "/projects/tasks/" + sourceKey.substring(TASK.length(), end < 0 ? sourceKey.length() : end);
	}
}
