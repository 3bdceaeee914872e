package org.hutong.customers.customer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Predicate;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.customers.naming.KeyTable;
import org.hutong.customers.naming.SearchKeys;
import org.hutong.shared.CreditCode;
import org.hutong.web.EnterpriseZone;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list's search text and filters as a specification. Text matches the name, short name,
 * normalised name, pinyin from a syllable on, initials (so {@code sddl} finds 四达电力) and credit
 * code, looked up in the search index ({@link SearchKey}, ADR 0017) so a search reads a few index
 * entries rather than every customer of the enterprise.
 */
final class CustomerMatching {

	private static final Pattern PINYIN_TEXT = Pattern.compile("[a-z0-9]+");

	private CustomerMatching() {
	}

	/** The filter's conditions; {@code now} is when "not followed up for N days" counts back from. */
	static Specification<Customer> of(CustomerFilter filter, Instant now) {
		return indexed(filter.q()) == null ? filters(filter, now) : filters(filter, now).and(containing(filter.q()));
	}

	/** How the search index answers the keyword, or {@code null} when there is none or the index cannot answer. */
	static SearchKeys.Lookup indexed(String q) {
		SearchKeys.Lookup lookup = q == null ? null : SearchKeys.lookup(q);
		return lookup == null || !lookup.indexed() ? null : lookup;
	}

	/** What the index leaves to check on the row for an indexed keyword: the whole of a long one. */
	static Specification<Customer> beyondKeys(String q) {
		return SearchKeys.lookup(q).verify() ? verifying(q) : Specification.unrestricted();
	}

	/** The conditions besides the search index: the filters, and a keyword the index cannot answer. */
	static Specification<Customer> filters(CustomerFilter filter, Instant now) {
		Specification<Customer> spec = Specification.unrestricted();
		if (filter.q() != null && indexed(filter.q()) == null) {
			spec = spec.and(verifying(filter.q()));
		}
		if (filter.level() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("level"), filter.level()));
		}
		if (filter.industry() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("industry"), filter.industry()));
		}
		if (filter.status() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.province() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("location").get("provinceCode"), filter.province()));
		}
		if (filter.city() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("location").get("cityCode"), filter.city()));
		}
		return spec.and(idle(filter.idleDays(), now)).and(created(filter.createdFrom(), filter.createdTo()));
	}

	/** Never followed up, or last followed up more than {@code days} days before {@code now}. */
	private static Specification<Customer> idle(Integer days, Instant now) {
		if (days == null) {
			return Specification.unrestricted();
		}
		Instant since = now.minus(Duration.ofDays(days));
		return (root, query, cb) -> cb.or(cb.isNull(root.get("followUps").get("lastFollowUpAt")),
				cb.lessThan(root.get("followUps").get("lastFollowUpAt"), since));
	}

	/** Created on one of the days from {@code from} to {@code to}, both included, in the enterprise's zone. */
	private static Specification<Customer> created(LocalDate from, LocalDate to) {
		Specification<Customer> spec = Specification.unrestricted();
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

	/**
	 * The customers with a search key that starts with the keyword. A keyword longer than the keys
	 * (or one the index cannot answer: punctuation only) must also match {@link #verifying}, so the
	 * index narrows the rows and the result stays what the keyword says.
	 */
	private static Specification<Customer> containing(String text) {
		SearchKeys.Lookup lookup = SearchKeys.lookup(text);
		Specification<Customer> indexed = KeyTable.keyed(SearchKey.class, "customerId", lookup);
		return indexed.and(beyondKeys(text));
	}

	/** The keyword in the customer's own columns, as {@code LIKE}s; {@code %} and {@code _} are taken literally. */
	private static Specification<Customer> verifying(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		String pattern = like(lower);
		String normalised = CompanyNames.normalise(text);
		String normalisedPattern = normalised == null || normalised.isEmpty() ? pattern : like(normalised);
		String compact = like(lower.replace(" ", ""));
		String code = CreditCode.normalise(text);
		// pinyin and initials hold only a-z and 0-9: other text (汉字) cannot match them, so those
		// columns are left out of the scan rather than tested on every row
		boolean pinyin = PINYIN_TEXT.matcher(lower.replace(" ", "")).matches();
		return (root, query, cb) -> {
			List<Predicate> any = new ArrayList<>(List.of(cb.like(cb.lower(root.get("name")), pattern, '\\'),
					cb.like(cb.lower(root.get("shortName")), pattern, '\\'),
					cb.like(root.get("keys").get("nameNormalised"), normalisedPattern, '\\'),
					cb.equal(root.get("creditCode"), code == null ? text : code)));
			if (pinyin) {
				any.add(cb.like(root.get("keys").get("namePinyin"), compact, '\\'));
				any.add(cb.like(root.get("keys").get("nameInitials"), compact, '\\'));
			}
			return cb.or(any.toArray(Predicate[]::new));
		};
	}

	private static String like(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
