/**
 * 客户 (customers) and their 联系人 (contacts): the records sales works on, who owns them, who shares
 * them, and the public pool (公海) of customers nobody owns. Aggregates: Customer (with its team
 * members and its ownership history), Contact. Events out: {@link org.hutong.customers.CustomerCreated},
 * {@link org.hutong.customers.CustomerOwnerChanged} (claimed, released, transferred, and reclaimed by the
 * pool's 回收规则 in a daily job). Other modules read
 * customers through {@link org.hutong.customers.CustomerDirectory}. 跟进记录 (follow-ups) publish
 * {@link org.hutong.customers.FollowUpLogged}. 线索 (leads) convert into a customer and a first contact
 * and publish {@link org.hutong.customers.LeadConverted}; their follow-ups move to the new customer.
 * Administrators edit the 级别 / 行业 / 来源 lists (customers keep option codes) and merge duplicates
 * ({@link org.hutong.customers.CustomersMerged}); deleted customers wait in a recycle bin. 导入 / 导出 of
 * customers run on the transfer module's jobs. A morning run publishes reminders:
 * {@link org.hutong.customers.FollowUpDue} and {@link org.hutong.customers.ReclaimWarned}. It does not hold
 * opportunities or contracts; those modules refer to a customer by {@link org.hutong.customers.CustomerId}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers",
		allowedDependencies = { "shared", "tenancy", "identity", "web", "files", "transfer" })
package org.hutong.customers;
