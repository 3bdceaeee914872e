package org.hutong.projects.task;

import java.util.List;

/** What a task of one project may name: its phases, the people who work on it, its board's columns. */
public record TaskChoices(List<Option> phases, List<Option> people, List<Option> columns) {

	public record Option(long id, String name) {
	}
}
