package org.hutong.sales.pipeline;

/** The two final stages of every pipeline: 赢单 and 输单. An open stage has no outcome. */
public enum StageOutcome {
	WON, LOST
}
