package org.hutong.customers.lead;

import jakarta.persistence.EntityManager;

import org.hutong.shared.CappedCount;
import org.springframework.stereotype.Component;

/** The lead list's counts, one per node so that every request shares its cache of list sizes. */
@Component
class LeadCount extends CappedCount<Lead> {

	LeadCount(EntityManager entities) {
		super(entities, Lead.class);
	}
}
