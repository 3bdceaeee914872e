package org.hutong.projects.task;

import java.util.List;

/** One page of a project's task list and the cursor of the next ({@code null} on the last). */
public record TaskPage(List<TaskRow> rows, Long next) {
}
