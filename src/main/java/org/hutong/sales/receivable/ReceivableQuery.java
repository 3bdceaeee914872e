package org.hutong.sales.receivable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The terms owed that a list, its sums or the ageing reads, as one SQL condition over
 * {@code sales_contract_term t} and its parameters: always the enterprise and the owed ones (those
 * with {@code owed_on}), then the data scope, the team filters and the due-day range added to it.
 */
final class ReceivableQuery {

	private final StringBuilder conditions = new StringBuilder();

	private final Map<String, Object> params = new LinkedHashMap<>();

	ReceivableQuery and(String condition) {
		conditions.append(" AND ").append(condition);
		return this;
	}

	ReceivableQuery and(String condition, String name, Object value) {
		params.put(name, value);
		return and(condition);
	}

	/** A parameter the last condition names besides its first. */
	ReceivableQuery param(String name, Object value) {
		params.put(name, value);
		return this;
	}

	/** Due from {@code from} to {@code to}, both included; null leaves that end open. */
	ReceivableQuery dueBetween(LocalDate from, LocalDate to) {
		if (from != null) {
			and("t.owed_on >= :dueFrom", "dueFrom", from);
		}
		if (to != null) {
			and("t.owed_on <= :dueTo", "dueTo", to);
		}
		return this;
	}

	String where() {
		return "t.tenant_id = :tenantId AND t.owed_on IS NOT NULL" + conditions;
	}

	/**
	 * The same over a table of the receivable sums ({@code sales_receivable_day} or
	 * {@code sales_receivable_customer} as {@code t}), whose rows are all owed: the enterprise and the
	 * conditions added, which name only {@code t.owner_id}, {@code t.customer_id} and, in the day sums,
	 * {@code t.owed_on}.
	 */
	String keptWhere() {
		return "t.tenant_id = :tenantId" + conditions;
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		params.forEach(statement::param);
		return statement;
	}
}
