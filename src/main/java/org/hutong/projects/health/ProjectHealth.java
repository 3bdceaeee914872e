package org.hutong.projects.health;

import java.util.List;

/** The light and the reasons for it, worst first; green has none. */
public record ProjectHealth(Light light, List<HealthReason> reasons) {

	public ProjectHealth {
		reasons = List.copyOf(reasons);
	}
}
