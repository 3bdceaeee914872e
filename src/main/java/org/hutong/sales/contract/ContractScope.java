package org.hutong.sales.contract;

/** Whose contracts a list shows: 我的 (owned) or 团队 (every owner the data scope shows). */
public enum ContractScope {
	MINE, TEAM
}
