package org.hutong.projects.project;

/** A project 已终止 or 已结项 keeps its status. */
public class ProjectEnded extends RuntimeException {

	ProjectEnded() {
		super("an ended project keeps its status");
	}
}
