package org.hutong.projects.gantt;

import org.hutong.web.UniqueKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One dependency per pair of tasks: two planners adding the same link at once get the field's message, not a 500. */
@Configuration(proxyBeanMethods = false)
class GanttUniqueKeys {

	@Bean
	static UniqueKey taskDependencyKey() {
		return new UniqueKey("uq_projects_task_dependency", "successorId", "gantt.dependency.exists");
	}
}
