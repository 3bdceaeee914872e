package org.hutong.approvals.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.hutong.approvals.request.ApprovalRequest;
import org.springframework.stereotype.Component;

/** The fields a node keeps from its approvers (HIDDEN), read from the flow version the request runs on. */
@Component
class FieldPermissions {

	private final FlowVersionRepository versions;

	FieldPermissions(FlowVersionRepository versions) {
		this.versions = versions;
	}

	Set<String> hidden(ApprovalRequest request, String nodeId) {
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
}
