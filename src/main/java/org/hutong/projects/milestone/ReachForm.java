package org.hutong.projects.milestone;

import org.hutong.shared.Texts;

/** Reaching a milestone by hand: why it counts as reached. */
public record ReachForm(String note) {

	public ReachForm {
		note = Texts.clean(note);
	}
}
