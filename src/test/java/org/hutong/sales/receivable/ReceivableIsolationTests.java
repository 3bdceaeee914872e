package org.hutong.sales.receivable;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The receivables' own rows of {@code demo} are invisible to {@code demo2}: a 回款计划 变更记录 entry, by
 * id and on its contract's page section, and a morning reminder sent, by id. The rows are written
 * straight onto demo's first contract.
 */
class ReceivableIsolationTests extends TenantIsolationTestBase {

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	EntityManager entityManager;

	private long contract;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("term change", this::newChange, id -> visible("ContractTermChange", id),
						id -> get("/sales/contracts/{id}/term-changes", contract), null),
				new Isolated("receivable reminder", this::newReminder, id -> visible("ReceivableReminder", id), null,
						null));
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
