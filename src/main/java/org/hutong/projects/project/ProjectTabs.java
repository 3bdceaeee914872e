package org.hutong.projects.project;

import org.hutong.web.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where projects show outside their own pages: the customer page's 项目 tab. */
@Configuration(proxyBeanMethods = false)
class ProjectTabs {

	@Bean
	static RecordTab customerProjectsTab() {
		return new RecordTab("customer", "projects", "project.tab", "/projects/of-customer/{id}", 19,
				ProjectPermissions.READ);
	}
}
