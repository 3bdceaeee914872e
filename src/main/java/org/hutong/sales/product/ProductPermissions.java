package org.hutong.sales.product;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the catalogue (products, categories, units, price lists) offers to roles; labels are {@code permission.<code>}. */
@Configuration(proxyBeanMethods = false)
public class ProductPermissions {

	/** Everyone who sells or quotes reads the catalogue; a new role starts with it ticked. */
	public static final String READ = "sales.products.read";

	/** 产品管理: create, change and delete products, keep the category tree, the unit list and the price lists. */
	public static final String WRITE = "sales.products.write";

	public static final String MAY_READ = "hasAuthority('" + READ + "')";

	public static final String MAY_WRITE = "hasAuthority('" + WRITE + "')";

	@Bean
	static PermissionSet salesProductsPermissionSet() {
		return new PermissionSet("sales", List.of(READ, WRITE), List.of(READ));
	}
}
