package org.hutong.projects.project;

import java.util.List;

/** A page of the portfolio: the rows, how many match (capped, on the first page only) and the next page's filter. */
public record ProjectPage(List<ProjectRow> rows, Long total, ProjectFilter next) {
}
