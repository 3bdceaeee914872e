package org.hutong.projects.project;

/** What a user a project is shared with may do: read it, or change it as well. */
public enum ShareAccess {
	READ, WRITE
}
