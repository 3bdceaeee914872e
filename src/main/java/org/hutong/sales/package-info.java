/**
 * 销售 (sales): what the enterprise sells and how it sells it. Today the catalogue: 产品 with their
 * categories (a tree), units (the enterprise's list), list prices, tax rates, technical parameters
 * and photos, imported and exported on the transfer module's jobs. Opportunities, quotes, tenders and
 * targets follow in their own folders. It reads
 * customers through their module's directory and is never read by it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales",
		allowedDependencies = { "shared", "tenancy", "identity", "web", "files", "customers", "transfer" })
package org.hutong.sales;
