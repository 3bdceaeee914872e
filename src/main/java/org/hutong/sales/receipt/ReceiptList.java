package org.hutong.sales.receipt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.EnterpriseZone;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's lists across contracts, within the reader's data scope: 待确认 — receipts recorded and
 * waiting for confirmation, oldest first; 汇票到期 — confirmed 承兑汇票 maturing from today on within
 * {@link #DRAFT_DAYS} days (received, but cash only at maturity), soonest first. At most
 * {@link #LIMIT} rows each, over the indexes that lead with the enterprise and the status.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class ReceiptList {

	public static final int DRAFT_DAYS = 60;

	public static final int LIMIT = 200;

	private final TenantJdbc jdbc;

	private final DataScopes scopes;

	private final CustomerDirectory customers;

	private final Clock clock;

	ReceiptList(TenantJdbc jdbc, DataScopes scopes, CustomerDirectory customers, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.customers = customers;
		this.clock = clock;
	}

	/** Which list. */
	public enum Kind {
		WAITING, DRAFTS
	}

	public record Row(long id, String number, long contractId, String contractNumber, String customerName,
			LocalDate receivedOn, BigDecimal amount, String currency, ReceiptMethod method, String draftNumber,
			String draftBank, LocalDate draftMaturesOn) {
	}

	public List<Row> of(SignedInUser user, Kind kind) {
		VisibleOwners visible = scopes.of(user);
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		String which = kind == Kind.WAITING ? "r.status = 'RECORDED'"
				: "r.status = 'CONFIRMED' AND r.method = 'DRAFT' AND r.draft_matures_on >= :today AND r.draft_matures_on <= :until";
		String order = kind == Kind.WAITING ? "r.id" : "r.draft_matures_on, r.id";
		List<Found> found = visible.bind(jdbc.sql("""
				SELECT r.id, r.number, r.contract_id, c.number AS contract_number, c.customer_id, r.received_on, r.amount,
				       c.currency, r.method, r.draft_number, r.draft_bank, r.draft_matures_on
				FROM sales_receipt r JOIN sales_contract c ON c.tenant_id = r.tenant_id AND c.id = r.contract_id
				WHERE r.tenant_id = :tenantId AND %s AND c.deleted_at IS NULL AND %s
				ORDER BY %s LIMIT %d""".formatted(which, visible.sql("c.owner_id"), order, LIMIT))
			.param("today", today).param("until", today.plusDays(DRAFT_DAYS)))
			.query((rs, n) -> new Found(rs.getLong("customer_id"), new Row(rs.getLong("id"), rs.getString("number"),
					rs.getLong("contract_id"), rs.getString("contract_number"), null,
					rs.getObject("received_on", LocalDate.class), rs.getBigDecimal("amount"), rs.getString("currency"),
					ReceiptMethod.valueOf(rs.getString("method")), rs.getString("draft_number"), rs.getString("draft_bank"),
					rs.getObject("draft_matures_on", LocalDate.class))))
			.list();
		// the customers' names once per list, never per row
		Map<Long, CustomerSummary> names = customers.findAll(found.stream().map(Found::customerId).collect(Collectors.toSet()));
		return found.stream().map(f -> f.named(names.get(f.customerId()))).toList();
	}

	private record Found(long customerId, Row row) {

		Row named(CustomerSummary customer) {
			return new Row(row.id(), row.number(), row.contractId(), row.contractNumber(),
					customer == null ? "—" : customer.name(), row.receivedOn(), row.amount(), row.currency(), row.method(),
					row.draftNumber(), row.draftBank(), row.draftMaturesOn());
		}
	}
}
