package org.hutong.approvals.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.identity.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which flows a user may start, with their forms, and the 发起人自选 nodes where they pick approvers. */
@Component
@Transactional(readOnly = true)
public class StartOptions {

	private final PageSources sources;

	private final FlowVersionRepository versions;

	StartOptions(PageSources sources, FlowVersionRepository versions) {
		this.sources = sources;
		this.versions = versions;
	}

	/** A flow someone may start, and the form it asks for. */
	public record Startable(Flow flow, FormDefinition form) {
	}

	List<Startable> startable(SignedInUser user) {
		Set<Long> chain = sources.org().selfAndAbove(user.departmentId());
		Set<Long> roles = user.roles().stream().map(SignedInUser.RoleRef::id).collect(Collectors.toSet());
		return sources.flows()
			.findAll()
			.stream()
			.filter(flow -> flow.isEnabled() && flow.getSubmitters().allows(chain, roles))
			.sorted(Comparator.comparing(Flow::getId))
			.flatMap(flow -> sources.forms().byKey(flow.getFormKey()).filter(FormDefinition::isEnabled)
				.map(form -> new Startable(flow, form)).stream())
			.toList();
	}

	Optional<Startable> startable(SignedInUser user, String flowKey) {
		return startable(user).stream().filter(s -> s.flow().getKey().equals(flowKey)).findFirst();
	}

	/** The nodes whose approvers the submitter picks, by id and name. */
	Map<String, String> pickNodes(Flow flow) {
		return versions.findById(flow.getCurrentVersionId())
			.stream()
			.flatMap(version -> version.definition().allNodes().stream())
			.filter(node -> node instanceof FlowNode.ApproverNode approver && approver.sources()
				.stream()
				.anyMatch(source -> source.kind() == ApproverSource.Kind.SUBMITTER_PICKS))
			.collect(Collectors.toMap(FlowNode::id, FlowNode::name, (a, b) -> a, java.util.LinkedHashMap::new));
	}
}
