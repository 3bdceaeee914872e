package org.hutong.customers.customer;

/** Which customers a list shows: 我的 mine · 团队 team (the data scope) · 公海 pool. */
public enum CustomerScope {
	MINE, TEAM, POOL
}
