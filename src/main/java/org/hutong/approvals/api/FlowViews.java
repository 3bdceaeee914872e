package org.hutong.approvals.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.flow.FlowVersion;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.hutong.approvals.flow.FlowVersions;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.identity.OrgChart;
import org.hutong.web.RecordNotFound;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flows as the API shows them: to a submitter only the enabled flows they may submit (any other is
 * 404), to the approvals administrator every flow with its versions and what changed between two.
 */
@Component
@Transactional(readOnly = true)
class FlowViews {

	private final FlowRepository flows;

	private final FlowVersionRepository versions;

	private final OrgChart org;

	private final MessageSource messages;

	FlowViews(FlowRepository flows, FlowVersionRepository versions, OrgChart org, MessageSource messages) {
		this.flows = flows;
		this.versions = versions;
		this.org = org;
		this.messages = messages;
	}

	record Summary(String key, String name, String icon, String formKey, boolean enabled, int currentVersion,
			long version) {
	}

	record Detail(String key, String name, String icon, String formKey, WhoMaySubmit submitters, String numberPrefix,
			String titleField, String summaryField, Long adminId, boolean enabled, int currentVersion, long version,
			FlowDefinition definition) {
	}

	record Version(int number, Instant createdAt) {
	}

	/** One change between two versions, with its text in the caller's language. */
	record Change(String code, String nodeId, String nodeName, String detail, String text) {
	}

	List<Summary> list(ApiCaller caller) {
		return flows.findAll().stream()
			.filter(flow -> mayRead(caller, flow))
			.sorted(Comparator.comparing(Flow::getId))
			.map(flow -> new Summary(flow.getKey(), flow.getName(), flow.getIcon(), flow.getFormKey(), flow.isEnabled(),
					current(flow).getNumber(), flow.getVersion()))
			.toList();
	}

	Detail detail(ApiCaller caller, String key) {
		Flow flow = readable(caller, key);
		FlowVersion current = current(flow);
		return new Detail(flow.getKey(), flow.getName(), flow.getIcon(), flow.getFormKey(), flow.getSubmitters(),
				flow.getNumberPrefix(), flow.getTitleField(), flow.getSummaryField(), flow.getAdminId(), flow.isEnabled(),
				current.getNumber(), flow.getVersion(), current.definition());
	}

	List<Version> versions(String key) {
		Flow flow = flows.findByKey(key).orElseThrow(RecordNotFound::new);
		return versions.findByFlowIdOrderByNumberDesc(flow.getId()).stream()
			.map(v -> new Version(v.getNumber(), v.getCreatedAt()))
			.toList();
	}

	List<Change> diff(String key, int from, int to, Locale locale) {
		Flow flow = flows.findByKey(key).orElseThrow(RecordNotFound::new);
		List<FlowVersion> all = versions.findByFlowIdOrderByNumberDesc(flow.getId());
		return FlowVersions.diff(numbered(all, from).definition(), numbered(all, to).definition()).stream()
			.map(c -> new Change(c.code(), c.nodeId(), c.nodeName(), c.detail(), messages.getMessage(c.code(),
					new Object[] { c.nodeName() == null ? c.detail() : c.nodeName() }, c.code(), locale)))
			.toList();
	}

	Flow byKey(String key) {
		return flows.findByKey(key).orElseThrow(RecordNotFound::new);
	}

	private Flow readable(ApiCaller caller, String key) {
		return flows.findByKey(key).filter(flow -> mayRead(caller, flow)).orElseThrow(RecordNotFound::new);
	}

	private boolean mayRead(ApiCaller caller, Flow flow) {
		if (caller.admin()) {
			return true;
		}
		return flow.isEnabled() && flow.getSubmitters()
			.allows(org.selfAndAbove(caller.user().departmentId()), caller.submitter().roleIds());
	}

	private FlowVersion current(Flow flow) {
		return versions.findById(flow.getCurrentVersionId()).orElseThrow();
	}

	private static FlowVersion numbered(List<FlowVersion> all, int number) {
		return all.stream().filter(v -> v.getNumber() == number).findFirst().orElseThrow(RecordNotFound::new);
	}
}
