package org.hutong.projects.project;

/** 进行中 · 暂停 · 已终止 · 已结项; the last two are final. */
public enum ProjectStatus {
	ACTIVE, PAUSED, KILLED, CLOSED;

	public boolean ended() {
		return this == KILLED || this == CLOSED;
	}
}
