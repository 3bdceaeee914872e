package org.hutong.approvals.form;

import org.hutong.identity.TenantDefaults;
import org.springframework.stereotype.Component;

/** Every new enterprise, the demo ones included, starts with the stock forms. */
@Component
class StockFormDefaults implements TenantDefaults {

	private final FormManagement management;

	StockFormDefaults(FormManagement management) {
		this.management = management;
	}

	@Override
	public void seed() {
		management.seedStockForms();
	}
}
