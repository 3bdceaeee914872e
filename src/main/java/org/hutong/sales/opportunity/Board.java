package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.util.List;

import org.hutong.sales.pipeline.PipelineView;
import org.hutong.sales.pipeline.PipelineView.StageView;

/**
 * 商机看板 of one pipeline: a column per stage with its first cards and the column's totals (count,
 * amount, amount weighted by the stage's probability) over every deal the viewer sees on it.
 */
public record Board(PipelineView pipeline, List<PipelineView> pipelines, OpportunityScope scope, List<Column> columns) {

	/** Won and lost columns show the deals closed within this many days; open columns all of theirs. */
	public static final int CLOSED_DAYS = 30;

	/** How many cards a column shows; the list shows the rest. */
	public static final int CARDS = 20;

	public record Column(StageView stage, long count, BigDecimal amount, BigDecimal weighted, List<OpportunityRow> cards) {

		public long hidden() {
			return Math.max(0, count - cards.size());
		}
	}
}
