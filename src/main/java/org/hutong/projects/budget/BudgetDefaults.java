package org.hutong.projects.budget;

import org.hutong.identity.TenantDefaults;
import org.springframework.stereotype.Component;

/** A new enterprise starts with the default budget category set and a funder's, in the transaction that sets it up. */
@Component
class BudgetDefaults implements TenantDefaults {

	private final CategorySets sets;

	BudgetDefaults(CategorySets sets) {
		this.sets = sets;
	}

	@Override
	public void seed() {
		sets.seedDefaults();
	}
}
