package org.hutong.sales.product;

import org.hutong.web.UniqueKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The product code's key: two requests saving the same code at once get the field's message, not a 500. */
@Configuration(proxyBeanMethods = false)
class ProductUniqueKeys {

	@Bean
	static UniqueKey productCodeKey() {
		return new UniqueKey("uq_sales_product_code", "code", "product.code.taken");
	}
}
