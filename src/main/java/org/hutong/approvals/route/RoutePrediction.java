package org.hutong.approvals.route;

import java.util.List;

/** 预测审批路径: the exact approvers each node will have, after the auto rules, before submitting. */
public record RoutePrediction(Route route) {

	public List<RouteStep> steps() {
		return route.steps();
	}
}
