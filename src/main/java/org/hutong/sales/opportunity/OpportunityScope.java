package org.hutong.sales.opportunity;

/** Whose deals a list shows: 我的 (owned or on the team) or 团队 (everyone the data scope shows). */
public enum OpportunityScope {
	MINE, TEAM
}
