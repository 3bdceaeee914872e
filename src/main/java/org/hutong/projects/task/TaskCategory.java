package org.hutong.projects.task;

/** What a board column means for its tasks: still to do (OPEN), done (DONE) or dropped (CANCELLED). */
public enum TaskCategory {
	OPEN, DONE, CANCELLED;

	public boolean open() {
		return this == OPEN;
	}
}
