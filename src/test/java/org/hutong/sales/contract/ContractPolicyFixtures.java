package org.hutong.sales.contract;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo enterprise's 合同设置 changed as its administrator would on the page, keeping the number
 * rule: for tests of what reads the reminder days. Tests set them back when done.
 */
public record ContractPolicyFixtures(MockMvc mvc, UserDetailsService userDetails, DemoTenants demo,
		ContractPolicies policies) {

	public void reminderDays(int expiryDays, int dueSoonDays) throws Exception {
		ContractPolicy current = demo.call("demo", policies::current);
		Long version = current.getVersion();
		NumberRule rule = current.numberRule();
		mvc.perform(post("/sales/contracts/settings").with(csrf()).param("numberPrefix", rule.prefix())
			.param("numberDate", rule.datePart().name()).param("numberDigits", String.valueOf(rule.digits()))
			.param("expiryDays", String.valueOf(expiryDays)).param("dueSoonDays", String.valueOf(dueSoonDays))
			.param("version", version == null ? "" : String.valueOf(version))
			.with(new TestUsers(userDetails).as("demo", "admin"))).andExpect(status().is3xxRedirection());
	}

	public void defaults() throws Exception {
		reminderDays(ContractPolicy.DEFAULT_EXPIRY_DAYS, ContractPolicy.DEFAULT_DUE_SOON_DAYS);
	}
}
