package org.hutong.customers.imports;

import java.util.Locale;

import org.hutong.customers.customer.Customer;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;

/**
 * Who an import runs as and where new customers go.
 *
 * @param importer the user who started it, with their current rights
 * @param visible the owners the importer's data scope covers
 * @param ownerId the owner of new customers, or {@code null} for the public pool
 * @param locale the language of row errors
 * @param dryRun check only, write nothing
 */
record ImportTarget(SignedInUser importer, VisibleOwners visible, Long ownerId, Locale locale, boolean dryRun) {

	/** The same rule as {@code CustomerAccess.mayWrite}, with the data scope worked out once per job. */
	boolean mayWrite(Customer customer) {
		return customer.isInPool() ? visible.all()
				: visible.includes(customer.getOwnerId()) || customer.team().isSharedForWriting(importer.userId());
	}
}
