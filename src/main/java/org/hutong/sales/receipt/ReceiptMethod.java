package org.hutong.sales.receipt;

/** How the money came: 银行转账 · 承兑汇票 · 现金 · 其他. Labels: {@code receipt.method.<name>}. */
public enum ReceiptMethod {
	TRANSFER, DRAFT, CASH, OTHER
}
