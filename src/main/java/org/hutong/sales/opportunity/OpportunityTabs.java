package org.hutong.sales.opportunity;

import org.hutong.web.HomeAction;
import org.hutong.web.NextStep;
import org.hutong.web.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where deals show outside their own pages: the customer page's 商机 tab, a 工作台 quick action, and
 * the lead conversion's "also create an opportunity" (the new customer's opportunity form).
 */
@Configuration(proxyBeanMethods = false)
class OpportunityTabs {

	@Bean
	static RecordTab customerOpportunitiesTab() {
		return new RecordTab("customer", "opportunities", "opportunity.tab", "/sales/opportunities/of-customer/{id}", 15,
				OpportunityPermissions.READ);
	}

	@Bean
	static NextStep opportunityAfterLeadConversion() {
		return new NextStep("lead.converted", "opportunity", "opportunity.afterLead",
				"/sales/opportunities/new?customer={id}", 10, OpportunityPermissions.WRITE);
	}

	@Bean
	static HomeAction opportunitiesHomeAction() {
		return new HomeAction("nav.opportunities", "/sales/opportunities", "icon-deals", 20, OpportunityPermissions.READ);
	}
}
