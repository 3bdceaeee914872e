package org.hutong.customers.lead;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.customers.contact.ContactView;
import org.hutong.customers.lead.LeadOrder.Place;
import org.hutong.customers.naming.SearchKeys;
import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.customers.option.OptionLabels;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.KeywordPlan;
import org.hutong.shared.Total;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead list: the leads whose owner the viewer's data scope shows, narrowed by text (company
 * name, its pinyin or initials, the whole mobile) and status, most recently updated first, paged by
 * keyset. A keyword picks its plan by how common it is ({@link KeywordPlan}, ADR 0026): a rare one is
 * looked up in the search index, a common one walks the update-time order until a page is full. The
 * first page's total is exact when cheap and an estimate beyond ({@link Total#of}).
 */
@Service
@Transactional(readOnly = true)
public class LeadSearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	private final LeadRepository leads;

	private final LeadAccess access;

	private final DataScopes scopes;

	private final Parts parts;

	LeadSearch(LeadRepository leads, LeadAccess access, DataScopes scopes, Parts parts) {
		this.leads = leads;
		this.access = access;
		this.scopes = scopes;
		this.parts = parts;
	}

	/**
	 * The list's keyset query, the search index and the counts, and what a row shows besides the lead:
	 * its owner's name and its source's label.
	 */
	@Component
	record Parts(LeadOrder order, LeadKeys keys, LeadCount count, Colleagues colleagues, CustomerOptions options,
			OrgChart org) {
	}

	/** The 负责人 and 部门 filters of the viewer's lead list, when it shows more than their own leads. */
	public OrgChart.TeamChoices teamChoices(SignedInUser viewer) {
		return parts.org().teamChoices(scopes.of(viewer));
	}

	/** A lead the viewer may see, or {@code RecordNotFound}. */
	public LeadView one(SignedInUser viewer, long id) {
		return views(viewer, List.of(access.readable(viewer, id))).get(0);
	}

	public LeadPage page(SignedInUser viewer, LeadFilter filter) {
		return page(viewer, filter, PAGE_SIZE);
	}

	public LeadPage page(SignedInUser viewer, LeadFilter filter, int limit) {
		return page(viewer, filter, limit, KeywordPlan::find);
	}

	/**
	 * One page by the given plan of an indexed keyword (tests compare the plans); a list without one
	 * reads its order directly. The first page's total follows {@link Total#of}.
	 */
	LeadPage page(SignedInUser viewer, LeadFilter filter, int limit,
			BiFunction<KeywordPlan<Place>, Integer, KeywordPlan.Found<Place>> plan) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Specification<Lead> list = listed(viewer, filter).and(LeadMatching.filters(filter));
		SearchKeys.Lookup lookup = LeadKeys.lookup(filter.q());
		Specification<Lead> matching = lookup == null ? list : list.and(LeadMatching.keyed(filter.q()));
		KeywordPlan.Found<Place> found = lookup == null
				? new KeywordPlan.Found<>(parts.order().after(list, filter.cursor(), size + 1, false), 0, 0)
				: plan.apply(new KeywordPlan<>(new Keyworded(list, filter, lookup, matching)), size + 1);
		List<Place> places = found.rows();
		List<Lead> shown = load(places.subList(0, Math.min(places.size(), size)));
		LeadFilter.Cursor last = places.size() > size ? places.get(size - 1).at() : null;
		LeadFilter next = last == null ? null : filter.after(last.value(), last.id());
		Total total = !filter.first() ? null : Total.of(found, size,
				cap -> parts.count().upTo(matching, cap),
				() -> parts.count().size(sizeKey(viewer, filter, lookup != null), list),
				cap -> parts.keys().entriesUpTo(lookup, cap));
		return new LeadPage(views(viewer, shown), total, next);
	}

	/** The leads the viewer's data scope shows, never deleted ones. */
	private Specification<Lead> inScope(SignedInUser viewer) {
		return scopes.of(viewer).<Lead>ownedBy("ownerId").and((root, query, cb) -> cb.isNull(root.get("deletedAt")));
	}

	/** The scope, narrowed on a team list to one owner or a department's people. */
	private Specification<Lead> listed(SignedInUser viewer, LeadFilter filter) {
		Specification<Lead> listed = inScope(viewer);
		if (filter.owner() != null) {
			listed = listed.and((root, query, cb) -> cb.equal(root.get("ownerId"), filter.owner()));
		}
		if (filter.dept() != null) {
			Set<Long> people = parts.org().peopleIn(filter.dept());
			listed = listed.and((root, query, cb) -> people.isEmpty() ? cb.disjunction() : root.get("ownerId").in(people));
		}
		return listed;
	}

	/** The leads of these places, in their order. */
	private List<Lead> load(List<Place> places) {
		Map<Long, Lead> byId = leads.findAllById(places.stream().map(Place::id).toList()).stream()
			.collect(Collectors.toMap(Lead::getId, Function.identity()));
		return places.stream().map(place -> byId.get(place.id())).filter(Objects::nonNull).toList();
	}

	/** Names the list without its indexed keyword and cursor: whose, and which status. */
	private static String sizeKey(SignedInUser viewer, LeadFilter filter, boolean indexed) {
		return viewer.tenantId() + "/" + viewer.userId() + "/"
				+ new LeadFilter(indexed ? null : filter.q(), filter.status(), filter.owner(), filter.dept(),
						filter.createdFrom(), filter.createdTo(), null);
	}

	/** The lead list as {@link KeywordPlan} reads it for an indexed keyword. */
	private final class Keyworded implements KeywordPlan.Listing<Place> {

		private final Specification<Lead> list;

		private final LeadFilter filter;

		private final SearchKeys.Lookup lookup;

		private final Specification<Lead> matching;

		Keyworded(Specification<Lead> list, LeadFilter filter, SearchKeys.Lookup lookup, Specification<Lead> matching) {
			this.list = list;
			this.filter = filter;
			this.lookup = lookup;
			this.matching = matching;
		}

		@Override
		public long keysUpTo(int cap) {
			return parts.keys().entriesUpTo(lookup, cap);
		}

		@Override
		public List<Place> byKeys(int limit) {
			return parts.order().after(matching, filter.cursor(), limit, true);
		}

		@Override
		public List<Place> inOrder(Place row, int limit) {
			return parts.order().after(list, row == null ? filter.cursor() : row.at(), limit, false);
		}

		@Override
		public List<Place> matching(List<Place> rows) {
			Set<Long> keyed = parts.keys().matching(lookup, rows.stream().map(Place::id).toList());
			Set<Long> found = lookup.verify() ? verified(keyed) : keyed;
			return rows.stream().filter(row -> found.contains(row.id())).toList();
		}

		/** Of the keyed leads, those whose own columns hold the whole (long) keyword. */
		private Set<Long> verified(Set<Long> keyed) {
			Specification<Lead> among = (root, query, cb) -> root.get("id").in(keyed);
			return keyed.isEmpty() ? keyed : parts.order().after(among.and(LeadMatching.beyondKeys(filter.q())), null,
					keyed.size(), true).stream().map(Place::id).collect(Collectors.toSet());
		}
	}

	private List<LeadView> views(SignedInUser viewer, List<Lead> found) {
		Map<Long, String> owners = parts.colleagues()
			.names(found.stream().map(Lead::getOwnerId).filter(Objects::nonNull).collect(Collectors.toSet()));
		OptionLabels labels = parts.options().labels();
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
