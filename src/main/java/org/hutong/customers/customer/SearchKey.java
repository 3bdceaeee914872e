package org.hutong.customers.customer;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One row of the customer search index (ADR 0017), mapped only so the list's specification can look
 * keys up in a subquery; {@link SearchKeyIndex} writes the rows. Queries name {@code key.searchKey}
 * and {@code key.customerId}.
 */
@Entity
@Immutable
@Table(name = "customers_search_key")
public class SearchKey {

	@EmbeddedId
	private Key key;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	protected SearchKey() {
	}

	/** The key text and the customer it finds. */
	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "search_key")
		private String searchKey;

		@Column(name = "customer_id")
		private long customerId;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key that && searchKey.equals(that.searchKey) && customerId == that.customerId;
		}

		@Override
		public int hashCode() {
			return searchKey.hashCode() * 31 + Long.hashCode(customerId);
		}
	}
}
