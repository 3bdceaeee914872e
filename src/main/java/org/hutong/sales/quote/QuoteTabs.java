package org.hutong.sales.quote;

import org.hutong.web.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where quotes show outside their own pages: the customer page's 报价 tab (a deal's page loads its section itself). */
@Configuration(proxyBeanMethods = false)
class QuoteTabs {

	@Bean
	static RecordTab customerQuotesTab() {
		return new RecordTab("customer", "quotes", "quote.tab", "/sales/quotes/of-customer/{id}", 16, QuotePermissions.READ);
	}
}
