package org.hutong.customers.customer;

import java.util.Collection;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hutong.customers.naming.KeyTable;
import org.hutong.customers.naming.SearchKeys;
import org.springframework.stereotype.Component;

/**
 * The search index ({@link SearchKey}) as the keyword plan asks it: how many entries a keyword has (up
 * to a cap, an index-only range read on the primary key) and which of a batch of customers it
 * matches (an index-only read on V28's {@code (tenant_id, customer_id, search_key)}, one query a batch).
 */
@Component
class CustomerKeys {

	private final KeyTable index;

	CustomerKeys(EntityManager entities) {
		this.index = new KeyTable(entities, "SearchKey", "customerId");
	}

	/** The keyword's index entries, counted up to {@code cap}. */
	long entriesUpTo(SearchKeys.Lookup lookup, int cap) {
		return index.entriesUpTo(lookup, cap);
	}

	/** Those of {@code ids} with a key the keyword starts. */
	Set<Long> matching(SearchKeys.Lookup lookup, Collection<Long> ids) {
		return index.matching(lookup, ids);
	}
}
