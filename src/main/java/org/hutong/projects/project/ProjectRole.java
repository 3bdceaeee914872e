package org.hutong.projects.project;

/** A member's role in a project: 负责人 · 技术负责人 · 成员 · 观察者. The first two may change the project. */
public enum ProjectRole {
	LEAD, TECH_LEAD, MEMBER, OBSERVER;

	public boolean leads() {
		return this == LEAD || this == TECH_LEAD;
	}
}
