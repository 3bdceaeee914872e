package org.hutong.sales.product;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of sales (the catalogue with its price lists; 销售设置) offered to roles; labels are {@code permission.<code>}. */
@Configuration(proxyBeanMethods = false)
public class ProductPermissions {

	/** Everyone who sells or quotes reads the catalogue; a new role starts with it ticked. */
	public static final String READ = "sales.products.read";

	/** 产品管理: create, change and delete products, keep the category tree, the unit list and the price lists. */
	public static final String WRITE = "sales.products.write";

	/** 销售设置: keep the enterprise's pipelines and lost reasons. */
	public static final String ADMIN = "sales.admin";

	public static final String MAY_ADMINISTER = "hasAuthority('" + ADMIN + "')";

	public static final String MAY_READ = "hasAuthority('" + READ + "')";

	public static final String MAY_WRITE = "hasAuthority('" + WRITE + "')";

	@Bean
	static PermissionSet salesProductsPermissionSet() {
		return new PermissionSet("sales", List.of(READ, WRITE, ADMIN), List.of(READ));
	}
}
