package org.hutong.projects.lifecycle;

/** Where a project's phase stands: 未开始, 进行中 (the project's current phase), 已完成 (its gate passed). */
public enum PhaseStatus {
	PLANNED, ACTIVE, DONE
}
