package org.hutong.projects.budget;

import java.util.List;

/**
 * The 预算科目 settings page: each category set with its categories in their order, and which set each
 * 项目类型's projects follow.
 *
 * @param types the enterprise's project types, retired ones too
 */
public record CategorySettingsView(List<SetRow> sets, List<TypeRow> types) {

	/**
	 * @param version what an edit of the set or its categories names, so a stale page is refused
	 * @param typeNames the project types that follow it
	 */
	public record SetRow(long id, String name, boolean isDefault, int version, List<CategoryRow> categories,
			List<String> typeNames) {
	}

	/**
	 * @param labour where time × rate counts: renamed and moved, never archived or deleted
	 * @param inUse whether a budget line or a cost names it: archived then, never deleted
	 */
	public record CategoryRow(long id, String name, boolean labour, boolean retired, boolean inUse, boolean first,
			boolean last) {
	}

	/** @param setId the set its projects follow unless they chose one */
	public record TypeRow(long id, String name, boolean funded, boolean active, long setId) {
	}
}
