package org.hutong.customers.customer;

/** Where a customer stands: 潜在 · 意向 · 成交 · 流失. Labels: {@code customer.status.<name>}. */
public enum CustomerStatus {
	POTENTIAL, INTERESTED, WON, LOST
}
