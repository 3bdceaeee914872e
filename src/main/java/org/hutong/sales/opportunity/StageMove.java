package org.hutong.sales.opportunity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * Moving a deal: to an open stage, to 赢单, to 输单 (with a reason from the enterprise's list and the
 * competitor who won), or back to an open stage from a final one (重新打开). What the stage requires
 * is checked by {@link OpportunityManagement}.
 *
 * @param version the version the user saw, for optimistic locking ({@code null}: the current one)
 */
public record StageMove(@NotNull(message = "{opportunity.required}") Long stageId, Long lostReasonId,
		@Size(max = 100, message = "{opportunity.tooLong}") String wonBy,
		@Size(max = 200, message = "{opportunity.tooLong}") String note, Long version) {

	public StageMove {
		wonBy = Texts.clean(wonBy);
		note = Texts.clean(note);
	}

	public static StageMove to(long stageId) {
		return new StageMove(stageId, null, null, null, null);
	}

	public static StageMove lost(long stageId, long reasonId, String winner) {
		return new StageMove(stageId, reasonId, winner, null, null);
	}
}
