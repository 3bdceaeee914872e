package org.hutong.approvals.request;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.springframework.stereotype.Component;

/**
 * The form fields a viewer of a request may not see: those the node they read it by marks HIDDEN,
 * in the flow version the request runs on. The submitter sees all they wrote. Pages and the API
 * both ask here, so a field hidden on the page is never readable through the API.
 */
@Component
public class HiddenFields {

	private final FlowVersionRepository versions;

	HiddenFields(FlowVersionRepository versions) {
		this.versions = versions;
	}

	/** @param tasks every task of the request, oldest first */
	public Set<String> from(ApprovalRequest request, List<ApprovalTask> tasks, long viewerId) {
		if (request.getSubmitterId() == viewerId) {
			return Set.of();
		}
		String nodeId = nodeOf(request, tasks, viewerId);
		if (nodeId == null) {
			return Set.of();
		}
		return versions.findById(request.getFlowVersionId())
			.stream()
			.flatMap(version -> version.definition().allNodes().stream())
			.filter(node -> node instanceof FlowNode.ApproverNode && node.id().equals(nodeId))
			.map(node -> ((FlowNode.ApproverNode) node).fieldPermissions())
			.flatMap(permissions -> permissions.entrySet().stream())
			.filter(permission -> permission.getValue() == FlowNode.FieldPermission.HIDDEN)
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
