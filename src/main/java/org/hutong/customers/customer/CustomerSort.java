package org.hutong.customers.customer;

/** The list's orders: recently updated, recently created, or by name (pinyin, so 安阳 before 郑州). */
public enum CustomerSort {
	UPDATED, CREATED, NAME
}
