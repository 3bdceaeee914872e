package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.sales.pipeline.PipelineView;
import org.hutong.sales.pipeline.PipelineView.StageView;
import org.hutong.web.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the board: the column totals in one grouped query over the stage index (per enterprise and
 * pipeline), then each column's first cards over the same index. Totals count every deal the viewer
 * sees on the stage, not only the cards shown.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(OpportunityPermissions.MAY_READ)
public class OpportunityBoard {

	private final OpportunitySearch search;

	private final DataScopes scopes;

	private final JdbcClient jdbc;

	private final Clock clock;

	OpportunityBoard(OpportunitySearch search, DataScopes scopes, JdbcClient jdbc, Clock clock) {
		this.search = search;
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Board of(SignedInUser user, Long pipelineId, OpportunityScope scope) {
		List<PipelineView> pipelines = search.pipelines();
		if (pipelines.isEmpty()) {
			throw new RecordNotFound();
		}
		PipelineView pipeline = pipelineId == null ? pipelines.get(0)
				: pipelines.stream().filter(p -> p.id() == pipelineId).findFirst().orElseThrow(RecordNotFound::new);
		Instant closedSince = clock.instant().minus(Duration.ofDays(Board.CLOSED_DAYS));
		Map<Long, Totals> totals = totals(user, scope, pipeline.id(), closedSince);
		List<Board.Column> columns = pipeline.stages().stream().map(stage -> {
			Totals t = totals.getOrDefault(stage.id(), Totals.NONE);
			List<OpportunityRow> cards = t.count() == 0 ? List.of()
					: search.onStage(user, scope, pipeline.id(), stage.id(), stage.isFinal() ? closedSince : null, Board.CARDS);
			return new Board.Column(stage, t.count(), t.amount(), weighted(t.amount(), stage), cards);
		}).toList();
		return new Board(pipeline, pipelines, scope, columns);
	}

	private record Totals(long count, BigDecimal amount) {
		static final Totals NONE = new Totals(0, BigDecimal.ZERO);
	}

	/** Count and amount per stage of the deals the user sees: one grouped query, whatever the number of stages. */
	private Map<Long, Totals> totals(SignedInUser user, OpportunityScope scope, long pipelineId, Instant closedSince) {
		VisibleOwners owners = scope == OpportunityScope.MINE ? new VisibleOwners(user.userId(), java.util.Set.of(user.userId()))
				: scopes.of(user);
		// owned (open, and closed lately) and shared-with-me are read apart, each a range of its own index
		// (ix_sales_opportunity_board holds every column read, so the totals never touch the table)
		String owned = owners.sql("o.owner_id");
		String sql = """
				SELECT d.stage_id, COUNT(*) AS n, COALESCE(SUM(d.amount), 0) AS amount FROM (
				  SELECT o.stage_id, o.amount FROM sales_opportunity o
				  WHERE o.tenant_id = :tenant AND o.pipeline_id = :pipeline AND o.outcome IS NULL
				    AND o.deleted_at IS NULL AND %1$s
				  UNION ALL
				  SELECT o.stage_id, o.amount FROM sales_opportunity o
				  WHERE o.tenant_id = :tenant AND o.pipeline_id = :pipeline AND o.outcome IN ('WON', 'LOST')
				    AND o.closed_at >= :closedSince AND o.deleted_at IS NULL AND %1$s
				  UNION ALL
				  SELECT o.stage_id, o.amount FROM sales_opportunity_member m
				  JOIN sales_opportunity o ON o.tenant_id = m.tenant_id AND o.id = m.opportunity_id
				  WHERE m.tenant_id = :tenant AND m.user_id = :me AND o.pipeline_id = :pipeline AND o.deleted_at IS NULL
				    AND (o.outcome IS NULL OR o.closed_at >= :closedSince) AND NOT (%1$s)
				) d GROUP BY d.stage_id
				""".formatted(owned);
		return owners.bind(jdbc.sql(sql)
			.param("tenant", user.tenantId())
			.param("pipeline", pipelineId)
			.param("closedSince", java.sql.Timestamp.from(closedSince))
			.param("me", user.userId()))
			.query((rs, n) -> Map.entry(rs.getLong("stage_id"), new Totals(rs.getLong("n"), rs.getBigDecimal("amount"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static BigDecimal weighted(BigDecimal amount, StageView stage) {
		return amount.multiply(BigDecimal.valueOf(stage.probability())).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
	}
}
