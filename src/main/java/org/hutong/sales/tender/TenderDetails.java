package org.hutong.sales.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.opportunity.OpportunityDirectory;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One tender as its page and the API show it, and the forms that change it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(TenderPermissions.MAY_READ)
public class TenderDetails {

	private final TenderAccess access;

	private final TenderSearch search;

	private final TenderFiles files;

	private final OpportunityDirectory deals;

	private final Colleagues colleagues;

	TenderDetails(TenderAccess access, TenderSearch search, TenderFiles files, OpportunityDirectory deals,
			Colleagues colleagues) {
		this.access = access;
		this.search = search;
		this.files = files;
		this.deals = deals;
		this.colleagues = colleagues;
	}

	/** A tender with everything its page shows. */
	public record TenderView(TenderRow row, String agency, String noticeUrl, LocalDate registrationDue,
			LocalDate documentDue, LocalDate clarificationOn, BondMethod bondMethod, Set<ChecklistItem> checked,
			String decisionNote, String decidedByName, Instant decidedAt, String winner, BigDecimal winningPrice,
			String resultNote, String resultByName, Instant resultAt, List<Lot> lots, List<Document> documents,
			boolean mayWrite, boolean mayDelete, long version) {
	}

	public record Lot(int position, String name, BigDecimal ourPrice, String winner, BigDecimal winningPrice) {
	}

	public record Document(long id, DocumentKind kind, String name, int revision, String type, long size,
			String uploadedByName, Instant uploadedAt) {
	}

	public TenderView one(SignedInUser user, long id) {
		Tender tender = access.readable(user, id);
		List<TenderDocument> stored = files.of(user, id);
		Map<Long, String> names = colleagues.names(people(tender, stored));
		return new TenderView(search.row(user, tender), tender.getAgency(), tender.getNoticeUrl(),
				tender.getRegistrationDue(), tender.getDocumentDue(), tender.getClarificationOn(), tender.getBondMethod(),
				tender.checkedItems(), tender.getDecisionNote(), name(names, tender.getDecidedBy()), tender.getDecidedAt(),
				tender.getWinner(), tender.getWinningPrice(), tender.getResultNote(), name(names, tender.getResultBy()),
				tender.getResultAt(),
				tender.getLots().stream()
					.map(lot -> new Lot(lot.getPosition(), lot.getName(), lot.getOurPrice(), lot.getWinner(),
							lot.getWinningPrice()))
					.toList(),
				stored.stream()
					.map(d -> new Document(d.getId(), d.getKind(), d.getName(), d.getRevision(), d.getFileType().name(),
							d.getSize(), names.get(d.getUploadedBy()), d.getUploadedAt()))
					.toList(),
				user.can(TenderPermissions.WRITE), access.mayDelete(user, tender), tender.getVersion());
	}

	/** The form of a tender as it stands, to edit. */
	public TenderForm formOf(SignedInUser user, long id) {
		Tender t = access.readable(user, id);
		return new TenderForm(t.getTitle(), t.getOpportunityId(), t.getTenderer(), t.getAgency(), t.getNoticeNumber(),
				t.getNoticeUrl(), t.getRegistrationDue(), t.getDocumentDue(), t.getClarificationOn(), wall(t.getBidDeadline()),
				wall(t.getOpeningAt()), t.getBondAmount(), t.getBondPaidOn(), t.getBondMethod(), t.getBondReturnedOn(),
				t.getBidPrice(), t.getLots().stream().map(lot -> new TenderLotForm(lot.getName(), lot.getOurPrice())).toList(),
				t.getVersion());
	}

	/** A new tender's form for a deal the user may see, named after it. */
	public TenderForm formFor(SignedInUser user, Long opportunityId) {
		if (opportunityId == null) {
			return TenderForm.forDeal(null, null);
		}
		return deals.readable(user, opportunityId).map(deal -> TenderForm.forDeal(deal.id(), deal.name()))
			.orElseThrow(RecordNotFound::new);
	}

	/** The deals a new tender may be recorded on: the user's own open ones. */
	public List<OpportunityDirectory.Choice> dealChoices(SignedInUser user) {
		return deals.openOf(user);
	}

	/** The deal's name for a form, when the user may see it. */
	public String dealName(SignedInUser user, Long opportunityId) {
		return opportunityId == null ? null : deals.readable(user, opportunityId).map(deal -> deal.name()).orElse(null);
	}

	private static Set<Long> people(Tender tender, List<TenderDocument> stored) {
		Set<Long> ids = new java.util.HashSet<>();
		if (tender.getDecidedBy() != null) {
			ids.add(tender.getDecidedBy());
		}
		if (tender.getResultBy() != null) {
			ids.add(tender.getResultBy());
		}
		stored.forEach(d -> ids.add(d.getUploadedBy()));
		return ids;
	}

	private static String name(Map<Long, String> names, Long id) {
		return id == null ? null : names.get(id);
	}

	private static LocalDateTime wall(Instant at) {
		return at == null ? null : LocalDateTime.ofInstant(at, EnterpriseZone.DEFAULT);
	}
}
