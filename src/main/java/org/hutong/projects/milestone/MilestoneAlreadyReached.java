package org.hutong.projects.milestone;

/** A milestone already reached cannot be reached again. */
class MilestoneAlreadyReached extends RuntimeException {

	MilestoneAlreadyReached() {
		super("the milestone is already reached");
	}
}
