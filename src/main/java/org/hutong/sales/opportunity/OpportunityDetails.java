package org.hutong.sales.opportunity;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.customers.CustomerDirectory;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.pipeline.LostReason;
import org.hutong.sales.pipeline.Pipelines;
import org.hutong.sales.product.ProductSearch;
import org.hutong.sales.product.ProductView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One deal with everything its page shows, read in a handful of queries whatever its size. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(OpportunityPermissions.MAY_READ)
public class OpportunityDetails {

	private final OpportunityAccess access;

	private final OpportunitySearch search;

	private final StageChangeRepository history;

	private final Sources sources;

	/** Where the names come from. */
	record Sources(CustomerDirectory customers, Colleagues colleagues, Pipelines pipelines, ProductSearch products) {
	}

	OpportunityDetails(OpportunityAccess access, OpportunitySearch search, StageChangeRepository history,
			CustomerDirectory customers, Colleagues colleagues, Pipelines pipelines, ProductSearch products) {
		this.access = access;
		this.search = search;
		this.history = history;
		this.sources = new Sources(customers, colleagues, pipelines, products);
	}

	/** A deal the user may see, or {@link org.hutong.web.RecordNotFound}. */
	public OpportunityView one(SignedInUser user, long id) {
		Opportunity o = access.readable(user, id);
		List<StageChange> changes = history.findByOpportunityIdOrderByChangedAtAscIdAsc(id);
		Set<Long> people = new HashSet<>();
		o.getMembers().forEach(member -> people.add(member.getUserId()));
		changes.forEach(change -> people.add(change.getChangedBy()));
		Map<Long, String> names = sources.colleagues().names(people);
		return new OpportunityView(search.row(o), sources.pipelines().one(o.getPipelineId()), o.getSource(),
				o.getCompetitors(), o.getNextStep(), o.getRemarks(), o.isAmountFromLines(), lostReason(o), o.getWonBy(),
				o.getClosedAt(), o.getStageEnteredAt(), o.getCreatedAt(), lines(o), contacts(o),
				o.getMembers().stream().map(m -> new OpportunityView.Member(m.getUserId(), names.get(m.getUserId()))).toList(),
				changes.stream().map(change -> history(change, names)).toList(),
				user.can(OpportunityPermissions.WRITE), access.mayDelete(user, o), o.getForecastCategory());
	}

	/** The form of a deal as it stands, for editing. */
	public OpportunityForm formOf(SignedInUser user, long id) {
		Opportunity o = access.readable(user, id);
		return new OpportunityForm(o.getName(), o.getCustomerId(), o.getOwnerId(), o.getPipelineId(), o.getStageId(),
				o.isAmountFromLines() ? null : o.getAmount(), o.getExpectedClose(), o.getSource(), o.getCompetitors(),
				o.getNextStep(), o.getRemarks(),
				o.getLines().stream()
					.map(l -> new LineForm(l.getProductId(), l.getQuantity(), l.getUnitPrice(), l.getDiscount()))
					.toList(),
				o.getContacts().stream().map(c -> new ContactForm(c.getContactId(), c.getRole())).toList(),
				o.getMembers().stream().map(OpportunityMember::getUserId).toList(), o.getVersion());
	}

	private List<OpportunityView.Line> lines(Opportunity o) {
		Map<Long, ProductView> products = sources.products().live(
				o.getLines().stream().map(OpportunityLine::getProductId).collect(Collectors.toSet()));
		return o.getLines().stream().map(line -> {
			ProductView product = products.get(line.getProductId());
			return new OpportunityView.Line(line.getProductId(), product == null ? null : product.code(),
					product == null ? null : product.name(), product == null ? null : product.spec(),
					product == null ? null : product.unit(), line.getQuantity(), line.getUnitPrice(), line.getDiscount(),
					line.total());
		}).toList();
	}

	private List<OpportunityView.Contact> contacts(Opportunity o) {
		Map<Long, CustomerDirectory.ContactSummary> found = sources.customers().contactsById(
				o.getContacts().stream().map(OpportunityContact::getContactId).collect(Collectors.toSet()));
		return o.getContacts().stream()
			.filter(c -> found.containsKey(c.getContactId()))
			.map(c -> new OpportunityView.Contact(c.getContactId(), found.get(c.getContactId()).name(),
					found.get(c.getContactId()).title(), c.getRole()))
			.toList();
	}

	private String lostReason(Opportunity o) {
		return o.getLostReasonId() == null ? null
				: sources.pipelines().lostReasons().stream().filter(r -> r.getId() == o.getLostReasonId().longValue())
					.map(LostReason::getName).findFirst().orElse(null);
	}

	private static OpportunityView.History history(StageChange change, Map<Long, String> names) {
		return new OpportunityView.History(change.getAction(), change.getFromStage(), change.getToStage(),
				change.getDwellSeconds() == null ? null : Duration.ofSeconds(change.getDwellSeconds()), change.getNote(),
				names.get(change.getChangedBy()), change.getChangedAt());
	}
}
