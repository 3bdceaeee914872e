package org.hutong.approvals.request;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.springframework.stereotype.Component;

/**
 * What a node lets its approvers do with the form's fields, in the flow version the request runs
 * on: fields it marks HIDDEN are not shown to a viewer who reads the request by that node (the
 * submitter sees all they wrote), fields it marks EDIT may be changed by its approver when deciding.
 * Pages and the API both ask here, so a field hidden on the page is never readable through the API.
 */
@Component
public class FieldAccess {

	private final FlowVersionRepository versions;

	FieldAccess(FlowVersionRepository versions) {
		this.versions = versions;
	}

	/** @param tasks every task of the request, oldest first */
	public Set<String> hidden(ApprovalRequest request, List<ApprovalTask> tasks, long viewerId) {
		if (request.getSubmitterId() == viewerId) {
			return Set.of();
		}
		String nodeId = nodeOf(request, tasks, viewerId);
		return nodeId == null ? Set.of() : marked(request, nodeId, FlowNode.FieldPermission.HIDDEN);
	}

	/** The fields the approver of this task may change when they decide it. */
	public Set<String> editable(ApprovalRequest request, ApprovalTask task) {
		return marked(request, task.getNodeId(), FlowNode.FieldPermission.EDIT);
	}

	private Set<String> marked(ApprovalRequest request, String nodeId, FlowNode.FieldPermission permission) {
		return versions.findById(request.getFlowVersionId())
			.stream()
			.flatMap(version -> version.definition().allNodes().stream())
			.filter(node -> node instanceof FlowNode.ApproverNode && node.id().equals(nodeId))
			.map(node -> ((FlowNode.ApproverNode) node).fieldPermissions())
			.flatMap(permissions -> permissions.entrySet().stream())
			.filter(entry -> entry.getValue() == permission)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** The node the viewer reads by: their pending task's, else their latest task's, else the first open one. */
	private static String nodeOf(ApprovalRequest request, List<ApprovalTask> tasks, long viewerId) {
		return tasks.stream()
			.filter(t -> t.getState() == TaskState.PENDING && t.getAssigneeId() == viewerId)
			.findFirst()
			.or(() -> tasks.stream().filter(t -> t.getAssigneeId() == viewerId).reduce((first, later) -> later))
			.map(ApprovalTask::getNodeId)
			.orElseGet(() -> request.activeNodes().stream().sorted().findFirst().orElse(null));
	}
}
