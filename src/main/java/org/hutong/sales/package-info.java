/**
 * 销售 (sales): what the enterprise sells and how it sells it. The catalogue: 产品 with their
 * categories (a tree), units (the enterprise's list), list prices, tax rates, technical parameters
 * and photos, imported and exported on the transfer module's jobs; 价格表. 商机 on pipelines, and
 * 报价单 with their versions, discount approval (through the approvals module) and PDF. Tenders and
 * targets follow in their own folders; so do contracts (with their 补充协议 and 回款条款), their 附件
 * (documents with versions), deliveries and acceptances (到货 with the signed receipt's photo), invoices (开票记录), receipts, 质保金 with quality claims and bank guarantees, and 应收
 * (overdue and due-soon lists, ageing, the morning {@code TermFallingDue} and {@code TermFallenDue});
 * the morning {@code GuaranteeExpiring} of bank guarantees and {@code ContractExpiring} of contracts near
 * their end. 合同设置 hold each enterprise's contract number rule, term templates and reminder days.
 * Deals, quotes, contracts, 发货单 and 回款 are {@code SalesRecord}s posts may be about; contracts, shipments, acceptances and receipts are on a
 * customer's 时间线. {@code demo} writes two years of that story for the demo enterprise. It reads
 * customers through their module's directory and is never read by it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales",
		allowedDependencies = { "shared", "tenancy", "identity", "web", "files", "files :: documents", "customers", "customers :: follow-ups",
				"transfer", "approvals" })
package org.hutong.sales;
