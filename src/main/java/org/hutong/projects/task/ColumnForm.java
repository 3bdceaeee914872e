package org.hutong.projects.task;

/** A board column as entered: its name and, for a new one, its category; {@code columnId} names the one changed. */
public record ColumnForm(Long columnId, String name, TaskCategory category) {
}
