package org.hutong.approvals.request;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.approvals.ApprovalRefused;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormCheck;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.approvals.form.FormProblem;
import org.hutong.approvals.form.FormValues;
import org.hutong.approvals.request.RequestManagement.FieldEdit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an approver changed in the fields their node lets them edit (EDIT), checked against the form
 * as a whole (a total follows its lines); every other value stays as stored. The page and the API
 * both read an edit here; refused, {@link Invalid} holds what was sent and the messages by field.
 */
@Component
@Transactional(readOnly = true)
public class ApproverEdits {

	private final ApprovalRequestRepository requests;

	private final ApprovalTaskRepository tasks;

	private final FlowRepository flows;

	private final FormCatalog forms;

	private final FieldAccess access;

	private final FormValues values;

	ApproverEdits(ApprovalRequestRepository requests, ApprovalTaskRepository tasks, FlowRepository flows,
			FormCatalog forms, FieldAccess access, FormValues values) {
		this.requests = requests;
		this.tasks = tasks;
		this.flows = flows;
		this.forms = forms;
		this.access = access;
		this.values = values;
	}

	/** Edits that do not pass the form's checks: the values as sent over the stored ones, and the problems by path. */
	public static final class Invalid extends RuntimeException implements ApprovalRefused {

		private final transient Map<String, Object> typed;

		private final transient Map<String, FormProblem> problems;

		Invalid(Map<String, Object> typed, Map<String, FormProblem> problems) {
			super("invalid edits: " + problems.keySet());
			this.typed = typed;
			this.problems = problems;
		}

		public Map<String, Object> typed() {
			return typed;
		}

		public Map<String, FormProblem> problems() {
			return problems;
		}

		@Override
		public String messageCode() {
			return "approvals.edit.invalid";
		}
	}

	/**
	 * The approver's edit of the task's request; {@link FieldEdit#NONE} when their node lets them
	 * edit nothing (or the task is not the request's). With {@code complete} (a page, which sends
	 * every editable field) a field left out is emptied; else (the API) it keeps its value.
	 */
	public FieldEdit of(long requestId, Long taskId, Map<String, ?> sent, boolean complete) {
		ApprovalRequest request = requests.findById(requestId).orElse(null);
		ApprovalTask task = taskId == null ? null
				: tasks.findById(taskId).filter(t -> t.getRequestId() == requestId).orElse(null);
		if (request == null || task == null || sent == null) {
			return FieldEdit.NONE;
		}
		Set<String> editable = access.editable(request, task);
		if (!complete) {
			// an API client is told, rather than ignored, when it sends a field this node may not change
			sent.keySet().stream().filter(key -> !editable.contains(key)).findFirst().ifPresent(key -> {
				throw new FieldNotEditable(key);
			});
		}
		FormDefinition form = flows.findById(request.getFlowId()).flatMap(flow -> forms.byKey(flow.getFormKey())).orElse(null);
		if (editable.isEmpty() || form == null) {
			return FieldEdit.NONE;
		}
		Map<String, Object> stored = request.values();
		FormCheck check = values.edited(form, stored, sent, editable, complete);
		Map<String, FormProblem> problems = check.problems().entrySet().stream()
			.filter(problem -> editable.stream().anyMatch(key -> within(problem.getKey(), key)))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		if (!problems.isEmpty()) {
			Map<String, Object> typed = new LinkedHashMap<>(stored);
			editable.stream().filter(key -> complete || sent.containsKey(key)).forEach(key -> typed.put(key, sent.get(key)));
			throw new Invalid(typed, problems);
		}
		Set<String> derived = FormValues.derivedKeys(form);
		Set<String> changing = new HashSet<>(editable);
		changing.addAll(derived);
		// only the editable fields and what follows from them change; every other value stays as stored
		Map<String, Object> result = new LinkedHashMap<>(stored);
		Map<String, Object> checked = check.storable();
		changing.forEach(key -> {
			if (checked.containsKey(key)) {
				result.put(key, checked.get(key));
			}
			else {
				result.remove(key);
			}
		});
		return new FieldEdit(result, derived);
	}

	private static boolean within(String path, String key) {
		return path.equals(key) || path.startsWith(key + "[") || path.startsWith(key + ".");
	}
}
