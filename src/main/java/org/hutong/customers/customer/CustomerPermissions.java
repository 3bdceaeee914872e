package org.hutong.customers.customer;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions this module offers to roles; labels are {@code permission.<code>}. */
@Configuration(proxyBeanMethods = false)
class CustomerPermissions {

	static final String READ = "customers.read";

	static final String WRITE = "customers.write";

	static final String DELETE = "customers.delete";

	static final String EXPORT = "customers.export";

	static final String IMPORT = "customers.import";

	/** 转移: hand a customer whose owner one's data scope covers to another user. */
	static final String TRANSFER = "customers.transfer";

	/** 回收规则: set the enterprise's public pool rules. */
	static final String ADMIN = "customers.admin";

	@Bean
	static PermissionSet customersPermissionSet() {
		return new PermissionSet("customers", List.of(READ, WRITE, DELETE, EXPORT, IMPORT, TRANSFER, ADMIN));
	}
}
