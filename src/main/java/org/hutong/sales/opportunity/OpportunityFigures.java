package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hutong.identity.VisibleOwners;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums over deals for targets and the forecast, one grouped query each over the indexes that lead
 * with the enterprise and the outcome: what each owner signed (赢单 amounts by the day the deal
 * closed), and the open pipeline by expected close month, 预测分类 and owner, weighted by the stage's
 * win probability. Only owners the viewer's data scope shows are summed.
 */
@Service
@Transactional(readOnly = true)
public class OpportunityFigures {

	private final TenantJdbc jdbc;

	OpportunityFigures(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/** One owner's open deals expected to close in one month under one category. */
	public record ForecastCell(long ownerId, int year, int month, ForecastCategory category, BigDecimal amount,
			BigDecimal weighted, long deals) {
	}

	/** The amounts of deals won from {@code from} (inclusive) to {@code to} (exclusive), by owner. */
	public Map<Long, BigDecimal> signedByOwner(VisibleOwners visible, Instant from, Instant to) {
		Map<Long, BigDecimal> signed = new HashMap<>();
		visible.bind(jdbc.sql("""
				SELECT owner_id, SUM(amount) AS signed FROM sales_opportunity
				WHERE tenant_id = :tenantId AND outcome = 'WON' AND deleted_at IS NULL
				AND closed_at >= :from AND closed_at < :to AND amount IS NOT NULL AND %s
				GROUP BY owner_id""".formatted(visible.sql("owner_id")))
			.param("from", Timestamp.from(from)).param("to", Timestamp.from(to)))
			.query((rs, n) -> Map.entry(rs.getLong("owner_id"), rs.getBigDecimal("signed")))
			.list()
			.forEach(entry -> signed.put(entry.getKey(), entry.getValue()));
		return signed;
	}

	/** Open deals expected to close between the two days (both included), by owner, month and category. */
	public List<ForecastCell> forecast(VisibleOwners visible, LocalDate from, LocalDate to) {
		return visible.bind(jdbc.sql("""
				SELECT o.owner_id, EXTRACT(YEAR FROM o.expected_close) AS y, EXTRACT(MONTH FROM o.expected_close) AS m,
				       o.forecast_category, SUM(o.amount) AS amount, SUM(o.amount * s.probability) AS weighted, COUNT(*) AS deals
				FROM sales_opportunity o JOIN sales_pipeline_stage s ON s.tenant_id = o.tenant_id AND s.id = o.stage_id
				WHERE o.tenant_id = :tenantId AND o.outcome IS NULL AND o.deleted_at IS NULL
				AND o.expected_close BETWEEN :from AND :to AND o.amount IS NOT NULL AND %s
				GROUP BY o.owner_id, EXTRACT(YEAR FROM o.expected_close), EXTRACT(MONTH FROM o.expected_close), o.forecast_category"""
			.formatted(visible.sql("o.owner_id")))
			.param("from", from).param("to", to))
			.query((rs, n) -> new ForecastCell(rs.getLong("owner_id"), rs.getInt("y"), rs.getInt("m"),
					ForecastCategory.valueOf(rs.getString("forecast_category")), rs.getBigDecimal("amount"),
					rs.getBigDecimal("weighted").divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), rs.getLong("deals")))
			.list();
	}
}
