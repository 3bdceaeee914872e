package org.hutong.sales.product;

import org.hutong.web.HomeAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 工作台's 产品 quick action, for those who may read the catalogue. */
@Configuration(proxyBeanMethods = false)
class ProductHomeActions {

	@Bean
	static HomeAction productsHomeAction() {
		return new HomeAction("home.action.products", "/sales/products", "icon-products", 60, ProductPermissions.READ);
	}
}
