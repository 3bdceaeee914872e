package org.hutong.customers.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.customers.naming.KeyTable;
import org.hutong.customers.naming.SearchKeys;
import org.hutong.web.EnterpriseZone;
import org.springframework.data.jpa.domain.Specification;

/**
 * The lead list's search text, status and creation days as specifications. Text matches the company name, its
 * normalised name, its pinyin from a syllable on, its initials and the whole mobile, looked up in the
 * search index ({@link LeadSearchKey}) so a rare keyword reads a few index entries rather than every
 * lead in scope; what the keys cannot tell (the rest of a keyword longer than them, a keyword of
 * punctuation only) is checked on the lead's own columns.
 */
final class LeadMatching {

	private LeadMatching() {
	}

	/** The list without an indexed keyword: the status, and a keyword the index cannot answer. */
	static Specification<Lead> filters(LeadFilter filter) {
		Specification<Lead> spec = Specification.unrestricted();
		if (filter.status() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.q() != null && LeadKeys.lookup(filter.q()) == null) {
			spec = spec.and(verifying(filter.q()));
		}
		return spec.and(created(filter.createdFrom(), filter.createdTo()));
	}

	/** Created on one of the days from {@code from} to {@code to}, both included, in the enterprise's zone. */
	private static Specification<Lead> created(LocalDate from, LocalDate to) {
		Specification<Lead> spec = Specification.unrestricted();
		if (from != null) {
			Instant start = from.atStartOfDay(EnterpriseZone.DEFAULT).toInstant();
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"), start));
		}
		if (to != null) {
			Instant end = to.plusDays(1).atStartOfDay(EnterpriseZone.DEFAULT).toInstant();
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("createdAt"), end));
		}
		return spec;
	}

	/** What the index leaves to check on the row for an indexed keyword: the whole of a long one. */
	static Specification<Lead> beyondKeys(String q) {
		SearchKeys.Lookup lookup = LeadKeys.lookup(q);
		return lookup != null && lookup.verify() ? verifying(q) : Specification.unrestricted();
	}

	/** The leads with a key the indexed keyword starts, and that hold the whole keyword. */
	static Specification<Lead> keyed(String q) {
		SearchKeys.Lookup lookup = LeadKeys.lookup(q);
		Specification<Lead> indexed = KeyTable.keyed(LeadSearchKey.class, "leadId", lookup);
		return indexed.and(beyondKeys(q));
	}

	/**
	 * The keyword in the lead's own columns, as {@code LIKE}s (the list's matching before the index);
	 * {@code %} and {@code _} are taken literally.
	 */
	static Specification<Lead> verifying(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		String pattern = like(lower);
		String normalised = CompanyNames.normalise(text);
		String normalisedPattern = normalised.isEmpty() ? pattern : like(normalised);
		String compact = like(lower.replace(" ", ""));
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("companyName")), pattern, '\\'),
				cb.like(root.get("nameNormalised"), normalisedPattern, '\\'),
				cb.like(root.get("namePinyin"), compact, '\\'),
				cb.like(root.get("nameInitials"), compact, '\\'),
				cb.equal(root.get("mobile"), text));
	}

	private static String like(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
