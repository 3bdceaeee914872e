package org.hutong.sales.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hutong.identity.DemoTenants;
import org.hutong.sales.contract.OwedSums;
import org.hutong.tenancy.TenantJdbc;

/**
 * Contracts of the demo enterprise in 执行中 whose terms are owed on given days, written straight into
 * the tables as the contracts keep them (fixed-date terms of fixed amounts, nothing collected), for
 * tests of the lists, the ageing and the reminders that need due days relative to a chosen day. The
 * receivable sums are rebuilt afterwards, as a repair would after a write that bypasses the terms'
 * entity listener.
 */
record OwedTerms(TenantJdbc jdbc, DemoTenants demo, OwedSums sums) {

	/** A term owed: its due day and amount. */
	record Owed(LocalDate dueOn, BigDecimal amount) {
	}

	/** A contract of the customer and owner with these terms, in order; answers its id. */
	long contract(long customerId, long ownerId, List<Owed> terms) {
		String number = "HT-AR-" + System.nanoTime();
		BigDecimal total = terms.stream().map(Owed::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return demo.call("demo", () -> {
			jdbc.sql("""
					INSERT INTO sales_contract (tenant_id, number, title, customer_id, owner_id, status, signed_on, currency,
					  cny_rate, net_total, tax_total, total, amount_cny, discount_rate, created_by, created_at, updated_at, version)
					VALUES (:tenantId, :number, '应收测试合同', :customer, :owner, 'EXECUTING', :signed, 'CNY', 1, :total, 0, :total,
					  :total, 0, :owner, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""")
				.param("number", number).param("customer", customerId).param("owner", ownerId)
				.param("signed", terms.get(0).dueOn()).param("total", total).update();
			long id = jdbc.sql("SELECT id FROM sales_contract WHERE tenant_id = :tenantId AND number = :number")
				.param("number", number).query(Long.class).single();
			for (int i = 0; i < terms.size(); i++) {
				Owed term = terms.get(i);
				jdbc.sql("""
						INSERT INTO sales_contract_term (tenant_id, contract_id, position, name, share_kind, share_value,
						  trigger_event, offset_amount, offset_unit, fixed_date, amount, due_on, owed_on, owed, owed_cny, owner_id,
						  customer_id)
						VALUES (:tenantId, :contract, :position, :name, 'FIXED', :amount, 'FIXED_DATE', 0, 'CALENDAR_DAYS', :due,
						  :amount, :due, :due, :amount, :amount, :owner, :customer)""")
					.param("contract", id).param("position", i + 1).param("name", "第" + (i + 1) + "期")
					.param("amount", term.amount()).param("due", term.dueOn()).param("owner", ownerId)
					.param("customer", customerId).update();
			}
			sums.rebuild();
			return id;
		});
	}
}
