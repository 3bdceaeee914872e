package org.hutong.sales.receipt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.hutong.identity.VisibleOwners;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回款额 for targets: the confirmed receipts that came in within a period, by the owner of their
 * contract, in CNY at each contract's rate. Only owners the viewer's data scope shows are summed.
 */
@Service
@Transactional(readOnly = true)
public class ReceiptFigures {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final TenantJdbc jdbc;

	ReceiptFigures(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/** Confirmed receipts received from {@code from} (inclusive) to {@code to} (exclusive), by contract owner. */
	public Map<Long, BigDecimal> collectedByOwner(VisibleOwners visible, Instant from, Instant to) {
		Map<Long, BigDecimal> collected = new HashMap<>();
		visible.bind(jdbc.sql("""
				SELECT c.owner_id, SUM(r.amount * c.cny_rate) AS collected
				FROM sales_receipt r JOIN sales_contract c ON c.tenant_id = r.tenant_id AND c.id = r.contract_id
				WHERE r.tenant_id = :tenantId AND r.status = 'CONFIRMED' AND r.received_on >= :from AND r.received_on < :to
				AND c.deleted_at IS NULL AND %s
				GROUP BY c.owner_id""".formatted(visible.sql("c.owner_id")))
			.param("from", day(from)).param("to", day(to)))
			.query((rs, n) -> Map.entry(rs.getLong("owner_id"), rs.getBigDecimal("collected").setScale(2, java.math.RoundingMode.HALF_UP)))
			.list()
			.forEach(entry -> collected.put(entry.getKey(), entry.getValue()));
		return collected;
	}

	private static LocalDate day(Instant at) {
		return at.atZone(SHANGHAI).toLocalDate();
	}
}
