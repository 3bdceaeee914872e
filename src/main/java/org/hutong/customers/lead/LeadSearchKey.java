package org.hutong.customers.lead;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One row of the lead search index (V34, ADR 0026), mapped only so the list's queries can look keys
 * up with the tenant filter Hibernate adds; {@link LeadKeyIndex} writes the rows. Queries name
 * {@code key.searchKey} and {@code key.leadId}.
 */
@Entity
@Immutable
@Table(name = "customers_lead_search_key")
public class LeadSearchKey {

	@EmbeddedId
	private Key key;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	protected LeadSearchKey() {
	}

	/** The key text and the lead it finds. */
	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "search_key")
		private String searchKey;

		@Column(name = "lead_id")
		private long leadId;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key that && searchKey.equals(that.searchKey) && leadId == that.leadId;
		}

		@Override
		public int hashCode() {
			return searchKey.hashCode() * 31 + Long.hashCode(leadId);
		}
	}
}
