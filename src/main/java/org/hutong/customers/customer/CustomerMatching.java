package org.hutong.customers.customer;

import java.util.Locale;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.customers.naming.CreditCode;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list's search text and filters as a specification. Text matches the name, short name,
 * normalised name, full pinyin, initials (so {@code sddl} finds 四达电力) and credit code. A
 * {@code LIKE} on those columns serves this slice; a search index comes with the search module.
 */
final class CustomerMatching {

	private CustomerMatching() {
	}

	static Specification<Customer> of(CustomerFilter filter) {
		Specification<Customer> spec = Specification.unrestricted();
		if (filter.q() != null) {
			spec = spec.and(containing(filter.q()));
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
			spec = spec.and((root, query, cb) -> cb.equal(root.get("provinceCode"), filter.province()));
		}
		return spec;
	}

	/** {@code %} and {@code _} in the text are taken literally. */
	private static Specification<Customer> containing(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		String pattern = like(lower);
		String normalised = CompanyNames.normalise(text);
		String normalisedPattern = normalised == null || normalised.isEmpty() ? pattern : like(normalised);
		String compact = like(lower.replace(" ", ""));
		String code = CreditCode.normalise(text);
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
				cb.like(cb.lower(root.get("shortName")), pattern, '\\'),
				cb.like(root.get("nameNormalised"), normalisedPattern, '\\'),
				cb.like(root.get("namePinyin"), compact, '\\'),
				cb.like(root.get("nameInitials"), compact, '\\'),
				cb.equal(root.get("creditCode"), code == null ? text : code));
	}

	private static String like(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
