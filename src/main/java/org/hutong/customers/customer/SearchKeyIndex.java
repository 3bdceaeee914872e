package org.hutong.customers.customer;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.hutong.customers.naming.SearchKeys;
import org.hutong.customers.naming.SimilarKeys;
import org.hutong.tenancy.TenantJdbc;

/**
 * Keeps a customer's rows of the search index in step with its name, short name and credit code: the
 * keys a search keyword finds it by ({@link SearchKeys}) and those a similar name finds it by
 * ({@link SimilarKeys}, behind a mark no keyword contains), in one table and one index.
 * <p>
 * It is the customer's entity listener rather than a call in each service because customers are
 * written by many paths (the page and API, lead conversion, import upserts, merging, demo data) and a
 * path that forgot the call would leave customers unfindable without any test noticing; every one of
 * them saves the entity. {@link Customer#describe} marks the keys stale when one of those fields changes;
 * once the row is written (same transaction, same connection) the keys are replaced. A soft-deleted
 * customer keeps its keys, so restoring needs nothing; purging deletes them.
 */
class SearchKeyIndex {

	private static final String INSERT = "insert into customers_search_key (tenant_id, search_key, customer_id)"
			+ " values (:tenantId, :key, :id)";

	private final TenantJdbc jdbc;

	SearchKeyIndex(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/** A new customer has no keys yet: one batch of inserts, nothing to delete first. */
	@PostPersist
	void created(Customer customer) {
		if (customer.takeStaleSearchKeys()) {
			insert(customer);
		}
	}

	@PostUpdate
	void written(Customer customer) {
		if (customer.takeStaleSearchKeys()) {
			removed(customer);
			insert(customer);
		}
	}

	@PostRemove
	void removed(Customer customer) {
		jdbc.sql(customer.getTenantId(), "delete from customers_search_key where tenant_id = :tenantId and customer_id = :id")
			.param("id", customer.getId())
			.update();
	}

	/** The customer's search and similar-name keys, in one JDBC batch (one multi-row insert on PostgreSQL). */
	private void insert(Customer customer) {
		jdbc.batch(customer.getTenantId(), INSERT, keys(customer.getName(), customer.getShortName(), customer.getCreditCode())
			.stream()
			.map(key -> Map.<String, Object>of("key", key, "id", customer.getId()))
			.toList());
	}

	/** Every key a customer with these details is found by: by a search keyword and by a similar name. */
	static Set<String> keys(String name, String shortName, String creditCode) {
		Set<String> keys = new LinkedHashSet<>(SearchKeys.of(name, shortName, creditCode));
		keys.addAll(SimilarKeys.of(name));
		return keys;
	}
}
