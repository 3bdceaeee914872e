package org.hutong.sales.receipt;

import org.hutong.sales.contract.ContractPermissions;
import org.hutong.web.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer page's 回款 tab, beside its 合同 tab. */
@Configuration(proxyBeanMethods = false)
class ReceiptTabs {

	@Bean
	static RecordTab customerReceiptsTab() {
		return new RecordTab("customer", "receipts", "receipt.tab", "/sales/receipts/of-customer/{id}", 18,
				ContractPermissions.READ);
	}
}
