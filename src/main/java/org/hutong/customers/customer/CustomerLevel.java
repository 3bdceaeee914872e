package org.hutong.customers.customer;

/**
 * 客户级别. A fixed list for now; the tenant admin will edit it once lists are configurable.
 * Labels: {@code customer.level.<name>}.
 */
public enum CustomerLevel {
	KEY, MAJOR, NORMAL, MINOR
}
