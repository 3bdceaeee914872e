package org.hutong.sales.quote;

/** 我的: the quotes one owns. 团队: those of every owner one's data scope shows. */
public enum QuoteScope {
	MINE, TEAM
}
