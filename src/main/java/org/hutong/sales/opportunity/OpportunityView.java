package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hutong.sales.pipeline.PipelineView;

/**
 * A deal on its own page and in the API: the row, what it describes, its lines, contacts, team and
 * 阶段历史, and its pipeline's stages for the stage bar.
 */
public record OpportunityView(OpportunityRow row, PipelineView pipeline, String source, String competitors,
		String nextStep, String remarks, boolean amountFromLines, String lostReason, String wonBy, Instant closedAt,
		Instant stageEnteredAt, Instant createdAt, List<Line> lines, List<Contact> contacts, List<Member> members,
		List<History> history, boolean mayWrite, boolean mayDelete, ForecastCategory forecastCategory) {

	/** A product line with what the product says of itself. */
	public record Line(long productId, String code, String name, String spec, String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal discount, BigDecimal total) {
	}

	public record Contact(long id, String name, String title, ContactRole role) {
	}

	public record Member(long id, String name) {
	}

	/** A line of 阶段历史; {@code dwell} is the time spent in {@code fromStage}. */
	public record History(StageAction action, String fromStage, String toStage, Duration dwell, String note,
			String actorName, Instant at) {
	}

	public long id() {
		return row.id();
	}

	public long version() {
		return row.version();
	}
}
