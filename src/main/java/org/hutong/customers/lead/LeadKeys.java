package org.hutong.customers.lead;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hutong.customers.naming.KeyTable;
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

	private final KeyTable index;

	LeadKeys(EntityManager entities) {
		this.index = new KeyTable(entities, "LeadSearchKey", "leadId");
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
		return index.entriesUpTo(lookup, cap);
	}

	/** Those of {@code ids} with a key the keyword starts. */
	Set<Long> matching(SearchKeys.Lookup lookup, Collection<Long> ids) {
		return index.matching(lookup, ids);
	}
}
