package org.hutong.customers.lead;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Path;

import org.hutong.customers.contact.ContactView;
import org.hutong.customers.naming.CompanyNames;
import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.customers.option.OptionLabels;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.KeywordPlan;
import org.hutong.shared.Total;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead list: the leads whose owner the viewer's data scope shows, narrowed by text (company
 * name, its pinyin or initials, the mobile) and status, most recently updated first, paged by keyset.
 * The first page's total is exact up to {@link Total#EXACT_UP_TO} and an estimate beyond ({@link Total#of}):
 * an exact count of a large enterprise's leads read every one on each first page.
 */
@Service
@Transactional(readOnly = true)
public class LeadSearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	private final LeadRepository leads;

	private final LeadAccess access;

	private final DataScopes scopes;

	private final Colleagues colleagues;

	private final CustomerOptions options;

	private final LeadCount count;

	LeadSearch(LeadRepository leads, LeadAccess access, DataScopes scopes, Colleagues colleagues,
			CustomerOptions options, LeadCount count) {
		this.options = options;
		this.count = count;
		this.leads = leads;
		this.access = access;
		this.scopes = scopes;
		this.colleagues = colleagues;
	}

	/** A lead the viewer may see, or {@code RecordNotFound}. */
	public LeadView one(SignedInUser viewer, long id) {
		return views(viewer, List.of(access.readable(viewer, id))).get(0);
	}

	public LeadPage page(SignedInUser viewer, LeadFilter filter) {
		return page(viewer, filter, PAGE_SIZE);
	}

	public LeadPage page(SignedInUser viewer, LeadFilter filter, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Specification<Lead> matching = scopes.of(viewer).<Lead>ownedBy("ownerId")
			.and((root, query, cb) -> cb.isNull(root.get("deletedAt")))
			.and(matching(filter));
		List<Lead> found = leads.findBy(matching.and(after(filter)),
				query -> query.sortBy(Sort.by(Sort.Direction.DESC, "updatedAt", "id")).limit(size + 1).all());
		List<Lead> shown = found.subList(0, Math.min(found.size(), size));
		Lead last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		LeadFilter next = found.size() > size ? filter.after(last.getUpdatedAt().toString(), last.getId()) : null;
		Total total = !filter.first() ? null : Total.of(new KeywordPlan.Found<>(found, 0, 0), size,
				cap -> count.upTo(matching, cap), () -> count.size(viewer.tenantId() + "/" + viewer.userId() + "/"
						+ new LeadFilter(filter.q(), filter.status(), null), matching));
		return new LeadPage(views(viewer, shown), total, next);
	}

	private static Specification<Lead> matching(LeadFilter filter) {
		Specification<Lead> spec = Specification.unrestricted();
		if (filter.status() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.q() != null) {
			spec = spec.and(containing(filter.q()));
		}
		return spec;
	}

	/** {@code %} and {@code _} in the text are taken literally. */
	private static Specification<Lead> containing(String text) {
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

	private static Specification<Lead> after(LeadFilter filter) {
		LeadFilter.Cursor cursor = filter.cursor();
		Instant at = cursor == null ? null : instant(cursor.value());
		if (at == null) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> {
			Path<Instant> time = root.get("updatedAt");
			return cb.or(cb.lessThan(time, at), cb.and(cb.equal(time, at), cb.lessThan(root.get("id"), cursor.id())));
		};
	}

	private static Instant instant(String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException malformed) {
			return null;
		}
	}

	private List<LeadView> views(SignedInUser viewer, List<Lead> found) {
		Map<Long, String> owners = colleagues
			.names(found.stream().map(Lead::getOwnerId).filter(Objects::nonNull).collect(Collectors.toSet()));
		OptionLabels labels = options.labels();
		return found.stream()
			.map(lead -> view(lead, lead.getOwnerId() == null ? null : owners.get(lead.getOwnerId()), labels,
					access.masksMobile(viewer, lead)))
			.toList();
	}

	private static LeadView view(Lead l, String ownerName, OptionLabels labels, boolean masked) {
		return new LeadView(l.getId(), l.getCompanyName(), l.getContactName(),
				masked ? ContactView.mask(l.getMobile()) : l.getMobile(), l.getPhone(),
				l.getSource(), labels.label(OptionKind.SOURCE, l.getSource()), l.getStatus(), l.getRemarks(), l.getOwnerId(), ownerName, l.getConvertedCustomerId(),
				l.getConvertedContactId(), l.getConvertedAt(), l.getLastFollowUpAt(), l.getNextFollowUpOn(),
				l.getCreatedAt(), l.getUpdatedAt(), l.getVersion(), masked);
	}
}
