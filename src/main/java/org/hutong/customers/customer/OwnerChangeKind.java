package org.hutong.customers.customer;

/** How a customer's owner changed: 领取 claimed · 退回公海 released · 转移 transferred · 回收 reclaimed. */
public enum OwnerChangeKind {
	CLAIMED, RELEASED, TRANSFERRED, RECLAIMED
}
