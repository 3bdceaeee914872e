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

	private final StringBuilder where = new StringBuilder("t.tenant_id = :tenantId AND t.owed_on IS NOT NULL");

	private final Map<String, Object> params = new LinkedHashMap<>();

	ReceivableQuery and(String condition) {
		where.append(" AND ").append(condition);
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
		return where.toString();
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		params.forEach(statement::param);
		return statement;
	}
}
