package org.hutong.approvals;

import java.util.List;
import java.util.Map;

import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.flow.FlowRules;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FieldType;
import org.hutong.approvals.form.FormDesign;
import org.hutong.approvals.form.FormManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes another module's approval ({@link SubjectFlow}) in the current enterprise: its form, then a
 * flow on it to the submitter's direct leader, or, for one whose module names the approvers, a 或签 node
 * of the people each request gives. Each is made only when its key is free, so running it
 * again, or after an administrator changed the flow, changes nothing.
 */
@Component
@Transactional
class SubjectFlows {

	private final FormManagement forms;

	private final FlowManagement flowManagement;

	private final FlowRepository flows;

	SubjectFlows(FormManagement forms, FlowManagement flowManagement, FlowRepository flows) {
		this.forms = forms;
		this.flowManagement = flowManagement;
		this.flows = flows;
	}

	void prepare(SubjectFlow subject) {
		if (!forms.exists(subject.key())) {
			forms.create(new FormDesign(subject.key(), subject.name(), subject.nameEn(), subject.icon(), null, null, true,
					subject.fields().stream().map(SubjectFlows::field).toList(), null));
		}
		if (flows.findByKey(subject.key()).isEmpty()) {
			FlowForm form = new FlowForm(subject.key(), subject.name(), subject.icon(), subject.key(),
					WhoMaySubmit.anyone(), subject.numberPrefix(), null, subject.summaryField(), null);
			ApproverNode node = subject.approversGiven()
					? new ApproverNode(SubjectFlow.GIVEN_NODE, subject.name(), List.of(ApproverSource.submitterPicks()),
							Mode.ANY, null, false, Map.of(), null)
					: new ApproverNode("leader", "直属主管", List.of(ApproverSource.leader(1)), Mode.ANY, null, false,
							Map.of(), null);
			flowManagement.create(form, new FlowDefinition(List.of(node), FlowRules.defaults()), null);
		}
	}

	@Transactional(readOnly = true)
	boolean enabled(String key) {
		return flows.findByKey(key).filter(Flow::isEnabled).isPresent();
	}

	private static FieldDefinition field(SubjectFlow.Field field) {
		FieldDefinition definition = FieldDefinition.of(field.key(), FieldType.valueOf(field.kind().name()), field.label(),
				field.labelEn());
		return field.kind() == SubjectFlow.Kind.RECORD ? definition.linking(field.recordKind()) : definition;
	}
}
