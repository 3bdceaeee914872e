package org.hutong.approvals.route;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a route is planned from: who submits (with their department and the departments above it),
 * the form's values, the approvers the submitter picked per node (发起人自选), and the flow's admin.
 */
public record Submission(long submitterId, Long departmentId, Set<Long> departmentChain, Map<String, Object> values,
		Map<String, List<Long>> picks, Long adminId) {

	public Submission {
		departmentChain = departmentChain == null ? Set.of() : Set.copyOf(departmentChain);
		values = values == null ? Map.of() : values;
		picks = picks == null ? Map.of() : Map.copyOf(picks);
	}
}
