package org.hutong.projects.project;

import org.hutong.projects.health.Light;
import org.hutong.shared.Texts;

/**
 * What narrows the portfolio: the scope, the current phase (by name: templates share them), the type,
 * the status, the health light, one customer, and the page's cursor (the last id shown, newest first).
 */
public record ProjectFilter(ProjectScope scope, String phase, Long type, ProjectStatus status, Light health,
		Long customer, Long before) {

	public ProjectFilter {
		scope = scope == null ? ProjectScope.MINE : scope;
		phase = Texts.clean(phase);
		phase = phase == null || phase.length() <= 30 ? phase : phase.substring(0, 30);
	}

	public static ProjectFilter mine() {
		return new ProjectFilter(ProjectScope.MINE, null, null, null, null, null, null);
	}

	static ProjectFilter ofCustomer(long customerId) {
		return new ProjectFilter(ProjectScope.ALL, null, null, null, null, customerId, null);
	}

	public boolean first() {
		return before == null;
	}

	public boolean narrowed() {
		return phase != null || type != null || status != null || health != null;
	}

	ProjectFilter before(long id) {
		return new ProjectFilter(scope, phase, type, status, health, customer, id);
	}
}
