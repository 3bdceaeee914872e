package org.hutong.approvals.route;

import java.util.List;
import java.util.Map;

import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The predicted route for a submitter and the values they entered, on the flow's current version. */
@Service
@Transactional(readOnly = true)
public class RoutePredictions {

	private final FlowVersionRepository versions;

	private final RoutePlanner planner;

	private final OrgChart org;

	RoutePredictions(FlowVersionRepository versions, RoutePlanner planner, OrgChart org) {
		this.versions = versions;
		this.planner = planner;
		this.org = org;
	}

	public RoutePrediction predict(Flow flow, long submitterId, Map<String, Object> values, Map<String, List<Long>> picks) {
		var definition = versions.findById(flow.getCurrentVersionId()).orElseThrow().definition();
		return new RoutePrediction(planner.plan(definition, submission(flow, submitterId, values, picks)));
	}

	/** The route a submission takes on a given version of its flow (a resubmission stays on its version). */
	public Route plan(long flowVersionId, Submission submission) {
		return planner.plan(versions.findById(flowVersionId).orElseThrow().definition(), submission);
	}

	/** Who submits as the planner needs it: their department and the departments above. */
	public Submission submission(Flow flow, long submitterId, Map<String, Object> values, Map<String, List<Long>> picks) {
		Long department = org.departmentOf(submitterId).orElse(null);
		return new Submission(submitterId, department, org.selfAndAbove(department), values, picks, flow.getAdminId());
	}
}
