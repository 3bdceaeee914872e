package org.hutong.customers.export;

import java.util.Collection;
import java.util.List;

import org.hutong.customers.contact.Contact;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The two look-ups an export makes per batch of customers, so a batch costs a fixed number of queries. */
interface ExportQueries extends Repository<Contact, Long> {

	/** The live contacts of these customers, the one a customer's page lists first coming first. */
	@Query("""
			select c from Contact c where c.customerId in :customerIds and c.deletedAt is null
			order by c.customerId, c.decisionMaker desc, c.id""")
	List<Contact> contactsOf(Collection<Long> customerIds);

	/** Those of these customers that are shared with the user (协作人). */
	@Query("select m.customer.id from TeamMember m where m.userId = :userId and m.customer.id in :customerIds")
	List<Long> sharedWith(long userId, Collection<Long> customerIds);
}
