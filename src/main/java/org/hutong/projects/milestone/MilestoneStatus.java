package org.hutong.projects.milestone;

/** A milestone is 未达成 until it is 已达成. */
public enum MilestoneStatus {
	OPEN, REACHED
}
