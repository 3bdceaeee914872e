package org.hutong.customers.customer;

/**
 * The list's orders: recently updated, recently created, by name (pinyin, so 安阳 before 郑州), or
 * recently followed up (never followed up last).
 */
public enum CustomerSort {
	UPDATED, CREATED, NAME, LAST_FOLLOW_UP
}
