package org.hutong.projects.plan;

/** What a bar of the plan is: a phase frames tasks, a milestone is a dated point (no duration). */
public enum ItemKind {

	PHASE, MILESTONE, TASK
}
