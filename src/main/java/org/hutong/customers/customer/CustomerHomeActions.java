package org.hutong.customers.customer;

import org.hutong.web.HomeAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 工作台's 新建客户 quick action, for those who may create customers. */
@Configuration(proxyBeanMethods = false)
class CustomerHomeActions {

	@Bean
	static HomeAction newCustomerHomeAction() {
		return new HomeAction("home.action.newCustomer", "/customers/new", "icon-add-customer", 10, "customers.write");
	}
}
