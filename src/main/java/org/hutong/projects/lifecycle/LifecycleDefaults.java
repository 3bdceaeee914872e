package org.hutong.projects.lifecycle;

import org.hutong.identity.TenantDefaults;
import org.springframework.stereotype.Component;

/** A new enterprise starts with the two lifecycle templates, in the transaction that sets it up. */
@Component
class LifecycleDefaults implements TenantDefaults {

	private final LifecycleTemplates templates;

	LifecycleDefaults(LifecycleTemplates templates) {
		this.templates = templates;
	}

	@Override
	public void seed() {
		templates.seedDefaults();
	}
}
