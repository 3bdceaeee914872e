package org.hutong.customers.lead;

import java.util.Map;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.hutong.tenancy.TenantJdbc;

/**
 * Keeps a lead's rows of the search index in step with its company name and mobile ({@link LeadKeys#of}).
 * The lead's entity listener, like the customers' {@code SearchKeyIndex}, so that no write path
 * (the page, the API, demo data, whatever comes next) can leave a lead unfindable by forgetting a call.
 * {@link Lead#describe} marks the keys stale when the name or the mobile changes; once the row is
 * written (same transaction, same connection) the keys are replaced in one batch. A deleted lead keeps
 * its keys: deleting is soft and the list leaves deleted leads out.
 */
class LeadKeyIndex {

	private static final String INSERT = "insert into customers_lead_search_key (tenant_id, search_key, lead_id)"
			+ " values (:tenantId, :key, :id)";

	private final TenantJdbc jdbc;

	LeadKeyIndex(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/** A new lead has no keys yet: one batch of inserts, nothing to delete first. */
	@PostPersist
	void created(Lead lead) {
		if (lead.takeStaleSearchKeys()) {
			insert(lead);
		}
	}

	@PostUpdate
	void written(Lead lead) {
		if (lead.takeStaleSearchKeys()) {
			removed(lead);
			insert(lead);
		}
	}

	@PostRemove
	void removed(Lead lead) {
		jdbc.sql(lead.getTenantId(), "delete from customers_lead_search_key where tenant_id = :tenantId and lead_id = :id")
			.param("id", lead.getId())
			.update();
	}

	private void insert(Lead lead) {
		jdbc.batch(lead.getTenantId(), INSERT, LeadKeys.of(lead.getCompanyName(), lead.getMobile())
			.stream()
			.map(key -> Map.<String, Object>of("key", key, "id", lead.getId()))
			.toList());
	}
}
