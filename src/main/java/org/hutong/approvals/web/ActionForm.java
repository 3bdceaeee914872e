package org.hutong.approvals.web;

import java.util.List;

import org.hutong.approvals.request.RequestManagement.DecisionFiles;
import org.hutong.approvals.request.RequestManagement.TaskAction;
import org.hutong.approvals.request.SignerPlace;

/**
 * What an action's form sends: the task and the request version the person saw, a comment, and
 * for 转交 / 加签 / 退回 the colleague, the place or the node. {@code from=list} when sent from the inbox.
 */
record ActionForm(Long taskId, Long version, String comment, Long userId, SignerPlace place, String node, String from,
		List<Long> decisionFiles, Long signature) {

	/** The files attached to a 同意 or 拒绝, and the approver's signature. */
	DecisionFiles attached() {
		return new DecisionFiles(decisionFiles, signature);
	}

	TaskAction task(long actorId, long requestId) {
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		return new TaskAction(actorId, requestId, taskId == null ? 0 : taskId, version == null ? -1 : version, text);
	}

	boolean fromList() {
		return "list".equals(from);
	}

	long colleague() {
		return userId == null ? 0 : userId;
	}

	long expectedVersion() {
		return version == null ? -1 : version;
	}
}
