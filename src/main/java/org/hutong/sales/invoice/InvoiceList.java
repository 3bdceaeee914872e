package org.hutong.sales.invoice;

import java.math.BigDecimal;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's lists across contracts, within the reader's data scope, {@link #PAGE_SIZE} rows a page
 * after a cursor (keyset, never an offset): 待开票 — requests waiting, oldest first (the cursor is the
 * last id shown); 已开票 — issued invoices, the latest issue day first (the cursor is the last row's
 * day and id, {@code 2026-12-07~42}). Over the indexes that lead with the enterprise and the status.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class InvoiceList {

	public static final int PAGE_SIZE = 30;

	private final TenantJdbc jdbc;

	private final DataScopes scopes;

	private final CustomerDirectory customers;

	InvoiceList(TenantJdbc jdbc, DataScopes scopes, CustomerDirectory customers) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.customers = customers;
	}

	/** Which list. */
	public enum Kind {
		WAITING, ISSUED
	}

	public record Row(long id, String number, long contractId, String contractNumber, String customerName,
			InvoiceKind kind, BigDecimal amount, String currency, String buyerName, String invoiceNumber,
			LocalDate issuedOn) {
	}

	/** A page of rows, and the cursor of the next page, or {@code null} when this is the last. */
	public record Page(List<Row> rows, String next) {
	}

	public Page of(SignedInUser user, Kind kind, String after) {
		VisibleOwners visible = scopes.of(user);
		Cursor cursor = Cursor.parse(kind, after);
		String which = kind == Kind.WAITING ? "i.status = 'REQUESTED'" + (cursor == null ? "" : " AND i.id > :afterId")
				: "i.status = 'ISSUED'" + (cursor == null ? ""
						: " AND (i.issued_on < :afterDay OR (i.issued_on = :afterDay AND i.id < :afterId))");
		String order = kind == Kind.WAITING ? "i.id" : "i.issued_on DESC, i.id DESC";
		var sql = visible.bind(jdbc.sql("""
				SELECT i.id, i.number, i.contract_id, c.number AS contract_number, c.customer_id, i.kind,
				       COALESCE(i.issued_amount, i.amount) AS amount, c.currency, i.buyer_name, i.invoice_number, i.issued_on
				FROM sales_invoice i JOIN sales_contract c ON c.tenant_id = i.tenant_id AND c.id = i.contract_id
				WHERE i.tenant_id = :tenantId AND %s AND c.deleted_at IS NULL AND %s
				ORDER BY %s LIMIT %d""".formatted(which, visible.sql("c.owner_id"), order, PAGE_SIZE + 1)));
		if (cursor != null) {
			sql = sql.param("afterId", cursor.id());
			if (cursor.day() != null) {
				sql = sql.param("afterDay", cursor.day());
			}
		}
		List<Found> found = sql.query((rs, n) -> new Found(rs.getLong("customer_id"), new Row(rs.getLong("id"),
				rs.getString("number"), rs.getLong("contract_id"), rs.getString("contract_number"), null,
				InvoiceKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"), rs.getString("currency"),
				rs.getString("buyer_name"), rs.getString("invoice_number"), rs.getObject("issued_on", LocalDate.class))))
			.list();
		List<Found> shown = found.subList(0, Math.min(found.size(), PAGE_SIZE));
		// the customers' names once per page, never per row
		Map<Long, CustomerSummary> names = customers.findAll(shown.stream().map(Found::customerId).collect(Collectors.toSet()));
		List<Row> rows = shown.stream().map(f -> f.named(names.get(f.customerId()))).toList();
		String next = found.size() > PAGE_SIZE ? Cursor.after(kind, rows.get(rows.size() - 1)) : null;
		return new Page(rows, next);
	}

	/** Where a page starts: after the row of that id (and, on the 已开票 list, that issue day). */
	private record Cursor(long id, LocalDate day) {

		static Cursor parse(Kind kind, String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				if (kind == Kind.WAITING) {
					return new Cursor(Long.parseLong(text.strip()), null);
				}
				String[] parts = text.strip().split("~", 2);
				return new Cursor(Long.parseLong(parts[1]), LocalDate.parse(parts[0]));
			}
			catch (RuntimeException unreadable) {
				return null;
			}
		}

		static String after(Kind kind, Row last) {
			return kind == Kind.WAITING ? String.valueOf(last.id()) : last.issuedOn() + "~" + last.id();
		}
	}

	private record Found(long customerId, Row row) {

		Row named(CustomerSummary customer) {
			return new Row(row.id(), row.number(), row.contractId(), row.contractNumber(),
					customer == null ? "—" : customer.name(), row.kind(), row.amount(), row.currency(), row.buyerName(),
					row.invoiceNumber(), row.issuedOn());
		}
	}
}
