package org.hutong.projects.budget;

import java.util.List;

/** A budget category set with its categories in their order; the labour one is where time × rate counts. */
public record CategorySetView(long id, String name, boolean isDefault, List<CategoryView> categories) {

	public record CategoryView(long id, String name, boolean labour, boolean retired) {
	}
}
