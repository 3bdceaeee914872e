package org.hutong.projects.project;

/** The project's manager stays on it: name another manager first. */
public class ManagerStays extends RuntimeException {

	ManagerStays() {
		super("the manager stays on the project");
	}
}
