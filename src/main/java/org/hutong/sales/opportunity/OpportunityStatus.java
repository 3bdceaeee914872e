package org.hutong.sales.opportunity;

/** 进行中 · 赢单 · 输单 as the list filters them. Labels: {@code opportunity.status.<name>}. */
public enum OpportunityStatus {
	OPEN, WON, LOST
}
