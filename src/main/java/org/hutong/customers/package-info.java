/**
 * 客户 (customers) and their 联系人 (contacts): the records sales works on, who owns them, who shares
 * them, and the public pool (公海) of customers nobody owns. Aggregates: Customer (with its team
 * members), Contact. Events out: {@link org.hutong.customers.CustomerCreated}. Other modules read
 * customers through {@link org.hutong.customers.CustomerDirectory}. It does not hold follow-ups,
 * leads, opportunities or contracts; those modules refer to a customer by {@link org.hutong.customers.CustomerId}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers",
		allowedDependencies = { "shared", "tenancy", "identity", "web" })
package org.hutong.customers;
