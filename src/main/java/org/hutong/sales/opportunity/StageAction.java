package org.hutong.sales.opportunity;

/** A line of the stage history: created at a stage, moved, won, lost, reopened. Labels: {@code opportunity.action.<name>}. */
public enum StageAction {
	CREATE, MOVE, WON, LOST, REOPEN
}
