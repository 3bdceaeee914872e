package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hutong.identity.VisibleOwners;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	/**
	 * Open deals expected to close between the two days (both included), by owner, month and category.
	 * The month is a bucket of plain date comparisons and the stage's probability is applied to the
	 * grouped sums, not row by row: a quarter of an enterprise with a million deals adds up some
	 * hundred thousand open ones, read from ix_sales_opportunity_expected alone.
	 */
	public List<ForecastCell> forecast(VisibleOwners visible, LocalDate from, LocalDate to) {
		YearMonth first = YearMonth.from(from);
		int months = (int) first.until(YearMonth.from(to), ChronoUnit.MONTHS) + 1;
		StringBuilder bucket = new StringBuilder("CASE");
		for (int i = 1; i < months; i++) {
			bucket.append(" WHEN o.expected_close < :month").append(i).append(" THEN ").append(i - 1);
		}
		bucket.append(" ELSE ").append(months - 1).append(" END");
		JdbcClient.StatementSpec statement = jdbc.sql("""
				SELECT g.owner_id, g.bucket, g.forecast_category, SUM(g.amount) AS amount,
				       SUM(g.amount * s.probability) AS weighted, SUM(g.deals) AS deals
				FROM (SELECT r.owner_id, r.bucket, r.forecast_category, r.stage_id, SUM(r.amount) AS amount,
				             COUNT(*) AS deals
				      FROM (SELECT o.owner_id, %s AS bucket, o.forecast_category, o.stage_id, o.amount
				            FROM sales_opportunity o
				            WHERE o.tenant_id = :tenantId AND o.outcome IS NULL AND o.deleted_at IS NULL
				            AND o.expected_close BETWEEN :from AND :to AND o.amount IS NOT NULL AND %s) r
				      GROUP BY r.owner_id, r.bucket, r.forecast_category, r.stage_id) g
				JOIN sales_pipeline_stage s ON s.tenant_id = :tenantId AND s.id = g.stage_id
				GROUP BY g.owner_id, g.bucket, g.forecast_category""".formatted(bucket, visible.sql("o.owner_id")))
			.param("from", from).param("to", to);
		for (int i = 1; i < months; i++) {
			statement = statement.param("month" + i, first.plusMonths(i).atDay(1));
		}
		return visible.bind(statement)
			.query((rs, n) -> {
				YearMonth month = first.plusMonths(rs.getInt("bucket"));
				return new ForecastCell(rs.getLong("owner_id"), month.getYear(), month.getMonthValue(),
						ForecastCategory.valueOf(rs.getString("forecast_category")), rs.getBigDecimal("amount"),
						rs.getBigDecimal("weighted").divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP),
						rs.getLong("deals"));
			})
			.list();
	}
}
