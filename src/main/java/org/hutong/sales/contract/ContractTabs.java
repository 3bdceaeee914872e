package org.hutong.sales.contract;

import org.hutong.web.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where contracts show outside their own pages: the customer page's 合同 tab (a deal's page loads its section itself). */
@Configuration(proxyBeanMethods = false)
class ContractTabs {

	@Bean
	static RecordTab customerContractsTab() {
		return new RecordTab("customer", "contracts", "contract.tab", "/sales/contracts/of-customer/{id}", 17,
				ContractPermissions.READ);
	}
}
