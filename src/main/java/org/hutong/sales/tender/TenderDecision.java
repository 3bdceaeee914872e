package org.hutong.sales.tender;

/** 投标决策: whether we bid — not decided yet, 投标 (go) or 放弃 (no-go). */
public enum TenderDecision {
	UNDECIDED, GO, NO_GO
}
