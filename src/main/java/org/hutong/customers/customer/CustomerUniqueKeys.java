package org.hutong.customers.customer;

import org.hutong.web.UniqueKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The duplicate rules of 客户 that the database holds (V3, V26), for {@link org.hutong.web.UniqueKeys}. */
@Configuration(proxyBeanMethods = false)
class CustomerUniqueKeys {

	@Bean
	UniqueKey customerName() {
		return new UniqueKey("uk_customers_customer_live_name", "name", "customer.duplicate.name.taken");
	}

	@Bean
	UniqueKey customerCreditCode() {
		return new UniqueKey("uk_customers_customer_credit_code", "creditCode", "customer.duplicate.creditCode.race");
	}
}
