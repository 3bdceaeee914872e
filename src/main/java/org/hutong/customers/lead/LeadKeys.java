package org.hutong.customers.lead;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hutong.customers.naming.SearchKeys;
import org.springframework.stereotype.Component;

/**
 * The lead search index ({@link LeadSearchKey}): the keys a lead is found by, and the index as the
 * keyword plan asks it — how many entries a keyword has (up to a cap, an index-only range read on the
 * primary key) and which of a batch of leads it matches (an index-only read on
 * {@code (tenant_id, lead_id, search_key)}, one query a batch). The customers' {@code CustomerKeys}
 * for leads.
 */
@Component
class LeadKeys {

	/** What a mobile is typed as; other keywords cannot be one, so they need no equality lookup. */
	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private final EntityManager entities;

	LeadKeys(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * The keys of a lead with this company name and mobile (may be null): the name's, exactly as a
	 * customer's name is keyed, so a keyword finds a lead and the customer it becomes alike; the mobile whole.
	 */
	static Set<String> of(String companyName, String mobile) {
		Set<String> keys = new TreeSet<>(SearchKeys.of(companyName, null, null));
		String number = SearchKeys.mobile(mobile);
		if (number != null) {
			keys.add(number);
		}
		return keys;
	}

	/** How the index answers the keyword, or {@code null} when there is none or the index cannot answer. */
	static SearchKeys.Lookup lookup(String q) {
		if (q == null) {
			return null;
		}
		SearchKeys.Lookup name = SearchKeys.lookup(q);
		// leads have no credit code; a keyword of digits may be a whole mobile
		SearchKeys.Lookup lookup = new SearchKeys.Lookup(name.prefixes(),
				DIGITS.matcher(q).matches() ? SearchKeys.mobile(q) : null, name.verify());
		return lookup.indexed() ? lookup : null;
	}

	/** The keyword's index entries, counted up to {@code cap}. */
	long entriesUpTo(SearchKeys.Lookup lookup, int cap) {
		TypedQuery<Long> count = entities.createQuery(
				"select count(*) from (select k.key.leadId as id from LeadSearchKey k where " + ranges(lookup)
						+ " order by k.key.searchKey fetch first " + cap + " rows only) found", Long.class);
		return bind(count, lookup).getSingleResult();
	}

	/** Those of {@code ids} with a key the keyword starts. */
	Set<Long> matching(SearchKeys.Lookup lookup, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		TypedQuery<Long> found = entities.createQuery("select distinct k.key.leadId from LeadSearchKey k"
				+ " where k.key.leadId in :ids and (" + ranges(lookup) + ")", Long.class);
		return new HashSet<>(bind(found, lookup).setParameter("ids", ids).getResultList());
	}

	/**
	 * A range per prefix, not {@code LIKE 'prefix%'}: under the C collation only a range walks the
	 * index; the mobile by equality.
	 */
	private static String ranges(SearchKeys.Lookup lookup) {
		List<String> any = new ArrayList<>();
		for (int i = 0; i < lookup.prefixes().size(); i++) {
			any.add("(k.key.searchKey >= :from" + i + " and k.key.searchKey < :to" + i + ")");
		}
		if (lookup.code() != null) {
			any.add("k.key.searchKey = :code");
		}
		return String.join(" or ", any);
	}

	private static <T> TypedQuery<T> bind(TypedQuery<T> query, SearchKeys.Lookup lookup) {
		for (int i = 0; i < lookup.prefixes().size(); i++) {
			String prefix = lookup.prefixes().get(i);
			query.setParameter("from" + i, prefix).setParameter("to" + i, prefix + SearchKeys.BEYOND);
		}
		if (lookup.code() != null) {
			query.setParameter("code", lookup.code());
		}
		return query;
	}
}
