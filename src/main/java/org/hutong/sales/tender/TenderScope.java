package org.hutong.sales.tender;

/** 我的 (tenders one owns) or 团队 (those of every owner the data scope shows). */
public enum TenderScope {
	MINE, TEAM
}
