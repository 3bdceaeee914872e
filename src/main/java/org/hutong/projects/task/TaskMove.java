package org.hutong.projects.task;

/**
 * A task moved on its board: to a column, at a place (from 0; {@code null} or past the end: last),
 * from the version seen.
 */
public record TaskMove(Long columnId, Integer position, Long version) {
}
