package org.hutong.customers.contact;

import org.hutong.web.UniqueKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A mobile is one live contact's (V26): the database's rule, for {@link org.hutong.web.UniqueKeys}. */
@Configuration(proxyBeanMethods = false)
class ContactUniqueKeys {

	@Bean
	UniqueKey contactMobile() {
		return new UniqueKey("uk_customers_contact_live_mobile", "mobile", "customer.duplicate.mobile.taken");
	}
}
