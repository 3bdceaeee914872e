package org.hutong.feed.report;

import org.hutong.feed.post.FeedPermissions;
import org.hutong.web.HomeAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 工作台's 发动态 and 写日报 quick actions, for those who may post to the feed. */
@Configuration(proxyBeanMethods = false)
class FeedHomeActions {

	@Bean
	static HomeAction postHomeAction() {
		return new HomeAction("home.action.post", "/feed#composer", "icon-post", 30, FeedPermissions.POST);
	}

	@Bean
	static HomeAction reportHomeAction() {
		return new HomeAction("home.action.report", "/feed/reports/new", "icon-report", 40, FeedPermissions.POST);
	}
}
