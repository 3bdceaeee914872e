package org.hutong.approvals.web;

import org.hutong.web.HomeAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 工作台's 审批 quick action: everyone may submit and decide requests, so it needs no permission. */
@Configuration(proxyBeanMethods = false)
class ApprovalHomeActions {

	@Bean
	static HomeAction approvalsHomeAction() {
		return new HomeAction("home.action.approvals", "/approvals", "icon-approvals", 50, null);
	}
}
