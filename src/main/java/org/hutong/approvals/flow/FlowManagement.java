package org.hutong.approvals.flow;

import java.time.Clock;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审批设置: creating flows and saving their definitions. Every save of a definition makes a new
 * version and points the flow at it; requests already running keep the version they started with.
 */
@Service
@Transactional
public class FlowManagement {

	private final FlowRepository flows;

	private final FlowVersionRepository versions;

	private final Clock clock;

	FlowManagement(FlowRepository flows, FlowVersionRepository versions, Clock clock) {
		this.flows = flows;
		this.versions = versions;
		this.clock = clock;
	}

	/** A new flow with its first version, enabled. */
	public Flow create(FlowForm form, FlowDefinition definition, Long adminId) {
		DefinitionCheck.require(definition, form.summaryField());
		if (flows.findByKey(form.key()).isPresent()) {
			throw new FlowKeyTaken(form.key());
		}
		Flow flow = flows.saveAndFlush(new Flow(form));
		FlowVersion first = versions.save(new FlowVersion(flow.getId(), 1, definition, adminId, clock.instant()));
		flow.useVersion(first.getId());
		return flow;
	}

	/** Saves a changed definition as the next version, if the flow is still the one the admin read. */
	public FlowVersion revise(long flowId, long expectedVersion, FlowDefinition definition, Long adminId) {
		Flow flow = current(flowId, expectedVersion);
		DefinitionCheck.require(definition, flow.getSummaryField());
		int next = versions.findByFlowIdOrderByNumberDesc(flowId).stream().mapToInt(FlowVersion::getNumber).max().orElse(0)
				+ 1;
		FlowVersion saved = versions.save(new FlowVersion(flowId, next, definition, adminId, clock.instant()));
		flow.useVersion(saved.getId());
		flows.flush();
		return saved;
	}

	public void describe(long flowId, long expectedVersion, FlowForm form) {
		Flow flow = current(flowId, expectedVersion);
		versions.findById(flow.getCurrentVersionId())
			.ifPresent(running -> DefinitionCheck.require(running.definition(), form.summaryField()));
		flow.describe(form);
	}

	public void enable(long flowId, boolean enabled) {
		flows.findById(flowId).orElseThrow(() -> new NoSuchElementException("flow " + flowId)).enable(enabled);
	}

	private Flow current(long flowId, long expectedVersion) {
		Flow flow = flows.findById(flowId).orElseThrow(() -> new NoSuchElementException("flow " + flowId));
		if (flow.getVersion() != expectedVersion) {
			throw new FlowChanged(flowId);
		}
		return flow;
	}
}
