package org.hutong.sales.product;

import org.hutong.identity.TenantDefaults;
import org.springframework.stereotype.Component;

/** A new enterprise starts with the default unit list, in the transaction that sets it up. */
@Component
class CatalogDefaults implements TenantDefaults {

	private final Catalog catalog;

	CatalogDefaults(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void seed() {
		catalog.seedUnits();
	}
}
