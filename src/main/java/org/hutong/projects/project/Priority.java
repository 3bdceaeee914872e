package org.hutong.projects.project;

/** 高 · 中 · 低. */
public enum Priority {
	HIGH, MEDIUM, LOW
}
