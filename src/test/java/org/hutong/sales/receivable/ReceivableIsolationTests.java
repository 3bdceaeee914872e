package org.hutong.sales.receivable;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerDirectory;
import org.hutong.identity.Colleagues;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The receivables' own rows of {@code demo} are invisible to {@code demo2}: a 回款计划 变更记录 entry, by
 * id and on its contract's page section, and a morning reminder sent, by id. The rows are written
 * straight onto demo's first contract. The receivable sums' rows (per 负责人 and day, per customer and
 * 负责人) of an owner and a customer no enterprise has are found by the ageing of demo, not of demo2.
 */
class ReceivableIsolationTests extends TenantIsolationTestBase {

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	ReceivableScope scope;

	@Autowired
	CustomerDirectory customers;

	@Autowired
	Colleagues colleagues;

	@Autowired
	OrgChart org;

	private long contract;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("term change", this::newChange, id -> visible("ContractTermChange", id),
						id -> get("/sales/contracts/{id}/term-changes", contract), null),
				new Isolated("receivable reminder", this::newReminder, id -> visible("ReceivableReminder", id), null,
						null),
				new Isolated("receivable sums by owner and day", this::newDaySum,
						id -> aged(AgeingFilter.GroupBy.OWNER, id), null, null),
				new Isolated("receivable sums by customer and owner", this::newCustomerSum,
						id -> aged(AgeingFilter.GroupBy.CUSTOMER, id), null, null));
	}

	private static final long NOBODY = 987_654_321L;

	private long newDaySum() {
		jdbc.sql("""
				INSERT INTO sales_receivable_day (tenant_id, owner_id, owed_on, owed_cny, terms)
				VALUES (:tenantId, :owner, DATE '2026-05-01', 0.01, 1)""").param("owner", NOBODY).update();
		return NOBODY;
	}

	private long newCustomerSum() {
		jdbc.sql("""
				INSERT INTO sales_receivable_customer (tenant_id, customer_id, owner_id, owed_cny, terms)
				VALUES (:tenantId, :customer, 1, 0.01, 1)""").param("customer", NOBODY).update();
		return NOBODY;
	}

	/** Whether the ageing the current enterprise's admin reads names this group. */
	private boolean aged(AgeingFilter.GroupBy by, long id) {
		long tenant = TenantContext.require();
		String code = new TestUsers(userDetails).load("demo", "admin").tenantId() == tenant ? "demo" : "demo2";
		SignedInUser admin = new TestUsers(userDetails).load(code, "admin");
		return new ReceivableAgeing(jdbc, scope, customers, colleagues, org).of(admin, new AgeingFilter(by, null, null, null), ReceivableAgeing.EXPORT_GROUPS).groups().stream()
			.anyMatch(group -> Long.valueOf(id).equals(group.id()));
	}

	private long newChange() {
		contract = firstContract();
		jdbc.sql("""
				INSERT INTO sales_contract_term_change (tenant_id, contract_id, term_position, term_name, cause, due_before,
				  due_after, changed_at) VALUES (:tenantId, :contract, 1, '到货款', 'ARRIVAL', DATE '2026-05-01',
				  DATE '2026-05-10', CURRENT_TIMESTAMP)""").param("contract", contract).update();
		return last("sales_contract_term_change");
	}

	private long newReminder() {
		contract = firstContract();
		jdbc.sql("""
				INSERT INTO sales_receivable_reminder (tenant_id, contract_id, term_position, kind, due_on, sent_at)
				VALUES (:tenantId, :contract, 9, 'SOON', DATE '2026-05-01', CURRENT_TIMESTAMP)""").param("contract", contract)
			.update();
		return last("sales_receivable_reminder");
	}

	private long firstContract() {
		return entityManager.createQuery("select e.id from Contract e order by e.id", Long.class).setMaxResults(1)
			.getSingleResult();
	}

	private long last(String table) {
		return jdbc.sql("SELECT MAX(id) FROM " + table + " WHERE tenant_id = :tenantId").query(Long.class).single();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
