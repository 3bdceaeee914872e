package org.hutong.projects.project;

import org.hutong.identity.TenantDefaults;
import org.springframework.stereotype.Component;

/** A new enterprise starts with the default project types and code rule, in the transaction that sets it up. */
@Component
class ProjectDefaults implements TenantDefaults {

	private final ProjectTypes types;

	ProjectDefaults(ProjectTypes types) {
		this.types = types;
	}

	@Override
	public void seed() {
		types.seedDefaults();
	}
}
