package org.hutong.approvals.web;

import java.time.Instant;
import java.util.List;

import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.file.ApprovalFile;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.request.ActionKind;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.ApprovalTask;

/**
 * A request as its page shows it to one viewer: the fields that viewer may see, the timeline, who
 * decides now, and what the viewer may do ({@code myTask} for an approver, the submitter's actions).
 */
public record RequestView(ApprovalRequest request, String flowName, String submitterName, List<FieldView> fields,
		List<Entry> timeline, List<Current> current, ApprovalTask myTask, List<FieldDefinition> editable,
		FormChoices choices, List<Node> returnTargets, boolean submitter, boolean withdrawable, Instant now) {

	/** One form field, as text, or as a table's rows of texts. */
	/** One field as shown; {@code href} is the linked record's page, when the viewer may open it. */
	public record FieldView(String key, String label, String text, List<String> columns, List<List<String>> rows,
			List<ApprovalFile> files, String href) {

		public boolean table() {
			return columns != null;
		}
	}

	/** One row of the timeline; {@code onBehalfOf} names the person the actor decided for. */
	public record Entry(Instant at, String actor, String onBehalfOf, ActionKind action, String node, String comment,
			String target, List<ApprovalFile> files) {

		/** The handwritten signature among the decision's files, if it has one. */
		public ApprovalFile signature() {
			return files.stream().filter(ApprovalFile::isSignature).findFirst().orElse(null);
		}

		public List<ApprovalFile> attachments() {
			return files.stream().filter(file -> !file.isSignature()).toList();
		}
	}

	/** A node waiting for decisions and the people it waits for. */
	public record Current(String node, List<Person> people) {
	}

	/** Someone a node waits for; {@code forName} names whose task they hold as delegate (委托). */
	public record Person(String name, String forName) {
	}

	public record Node(String id, String name) {
	}

	public ApprovalStatus status() {
		return request.getStatus();
	}

	/** The submitter's 撤回, while the request is open and the flow's rule still allows it. */
	/** Whether the viewer's pending task's node asks for a handwritten signature with the decision. */
	public boolean signatureRequired() {
		return myTask != null && request.route().step(myTask.getNodeId()).map(step -> step.signatureRequired()).orElse(false);
	}

	public boolean mayWithdraw() {
		return submitter && withdrawable;
	}

	public boolean mayRemind() {
		return submitter && status() == ApprovalStatus.PENDING && !current.isEmpty();
	}

	/** When 催办 is next allowed, if that is still to come. */
	public Instant remindLockedUntil() {
		Instant next = request.nextReminderAllowedAt();
		return next != null && next.isAfter(now) ? next : null;
	}

	public boolean mayResubmit() {
		return submitter && (status() == ApprovalStatus.RETURNED || status() == ApprovalStatus.REJECTED);
	}
}
