package org.hutong.sales.quote;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.opportunity.OpportunityDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One quote as its page, the API and the PDF show it, and its form to edit. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(QuotePermissions.MAY_READ)
public class QuoteDetails {

	private final QuoteAccess access;

	private final QuoteSearch search;

	private final QuoteRevisionRepository revisions;

	private final OpportunityDirectory deals;

	private final Colleagues colleagues;

	private final DiscountLimits limits;

	QuoteDetails(QuoteAccess access, QuoteSearch search, QuoteRevisionRepository revisions, OpportunityDirectory deals,
			Colleagues colleagues, DiscountLimits limits) {
		this.access = access;
		this.search = search;
		this.revisions = revisions;
		this.deals = deals;
		this.colleagues = colleagues;
		this.limits = limits;
	}

	public QuoteView one(SignedInUser user, long id) {
		Quote quote = access.readable(user, id);
		List<QuoteRevision> versions = revisions.findByQuoteIdOrderByRevisionDesc(quote.getId());
		Map<Long, String> authors = colleagues.names(versions.stream().map(QuoteRevision::getCreatedBy)
			.collect(Collectors.toSet()));
		String dealName = quote.getOpportunityId() == null ? null
				: deals.readable(user, quote.getOpportunityId()).map(OpportunityDirectory.Deal::name).orElse(null);
		var limit = limits.of(user);
		return new QuoteView(search.row(quote), dealName, quote.getHeaderDiscount(), quote.getReferenceTotal(),
				quote.getNetTotal(), quote.getTaxTotal(), quote.getDeliveryTerms(), quote.getPaymentTerms(),
				quote.getRemarks(), quote.getApprovalRequestId(), quote.getApprovedDiscount(), quote.getSentAt(),
				quote.getDecidedAt(), quote.getCreatedAt(),
				quote.getLines().stream().map(line -> new QuoteView.Line(line.getPosition(), line.getProductId(),
						line.getName(), line.getSpec(), line.getUnit(), line.getQuantity(), line.getUnitPrice(),
						line.getReferencePrice(), line.getDiscount(), line.getTaxRate(), line.getNet(), line.getTax(),
						line.getTotal())).toList(),
				versions.stream().map(v -> new QuoteView.Revision(v.getRevision(), v.getChanges(), v.getTotal(),
						v.getDiscountRate(), authors.get(v.getCreatedBy()), v.getCreatedAt())).toList(),
				limit, !quote.discountCleared(limit), user.can(QuotePermissions.WRITE), access.mayDelete(user, quote));
	}

	/** The form of a quote to edit, at its current version. */
	public QuoteForm formOf(SignedInUser user, long id) {
		Quote quote = access.readable(user, id);
		return new QuoteForm(quote.getTitle(), quote.getCustomerId(), quote.getOpportunityId(), quote.getHeaderDiscount(),
				quote.getValidUntil(), quote.getDeliveryTerms(), quote.getPaymentTerms(), quote.getRemarks(),
				quote.getLines().stream().map(line -> new QuoteLineForm(line.getProductId(), line.getName(), line.getSpec(),
						line.getUnit(), line.getQuantity(), line.getUnitPrice(), line.getDiscount(), line.getTaxRate()))
					.toList(),
				quote.getVersion());
	}

	/** A new quote's form for a deal: its customer and its product lines, at the deal's prices and discounts. */
	public QuoteForm formFor(SignedInUser user, Long customerId, Long opportunityId) {
		if (opportunityId == null) {
			return QuoteForm.blank(customerId, null);
		}
		return deals.readable(user, opportunityId)
			.map(deal -> new QuoteForm(deal.name(), deal.customerId(), deal.id(), null, null, null, null, null,
					deal.lines().stream().map(line -> new QuoteLineForm(line.productId(), null, null, null, line.quantity(),
							line.unitPrice(), line.discount(), null)).toList(),
					null))
			.orElse(QuoteForm.blank(customerId, null));
	}
}
